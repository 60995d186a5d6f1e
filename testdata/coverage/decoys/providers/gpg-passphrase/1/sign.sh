gpg --batch --passphrase-fd 0 --detach-sign dist.tar.gz
