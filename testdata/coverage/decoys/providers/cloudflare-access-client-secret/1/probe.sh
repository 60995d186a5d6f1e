curl -H "CF-Access-Client-Secret: ${CF_ACCESS_CLIENT_SECRET}"
