echo "$OCI_AUTH_TOKEN" | docker login iad.ocir.io -u user --password-stdin
