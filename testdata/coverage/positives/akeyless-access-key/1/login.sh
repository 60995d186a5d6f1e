akeyless auth --access-id p-qzv2zhiwkkry --access-key nYs6zd6Rf3hMscjRYQxV0bU56j3PyWLxIgldXEHDNNJ=
