curl "https://dns.hetzner.com/api/v1/zones" -H 'Auth-API-Token: Xr43ReobZ2WBfUWYXwbHUTGMMNDv5BMw'
