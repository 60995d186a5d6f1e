curl "https://dns.hetzner.com/api/v1/zones" -H "Auth-API-Token: ${HETZNER_DNS_TOKEN}"
