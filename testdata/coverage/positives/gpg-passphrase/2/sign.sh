gpg --batch --pinentry-mode loopback --passphrase 'dKrmjcyMj~SpWgffAY' --detach-sign dist.tar.gz
