curl -L https://${PACKAGECLOUD_TOKEN}:@packagecloud.io/acme/tools/gpgkey
