curl "https://www.duckdns.org/update?domains=myhome&token=${DUCKDNS_TOKEN}"
