curl -H "Authorization: sso-key ${GODADDY_KEY}:${GODADDY_SECRET}" https://api.godaddy.com/v1/domains
