curl "https://api.cloudns.net/dns/records.json?auth-id=1234&auth-password=$CLOUDNS_PASS"
