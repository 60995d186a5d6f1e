curl -H "X-NSONE-Key: $NS1_APIKEY" https://api.nsone.net/v1/zones
