curl -L https://6189d546ee75992e0abed35c6a4918c4460ef3128fc2a227:@packagecloud.io/acme/tools/gpgkey | apt-key add -
