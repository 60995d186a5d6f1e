curl -L https://bed35c6a4918c4460ef3128fc2a227bd0f680164382c463e:@packagecloud.io/acme/tools/gpgkey | apt-key add -
