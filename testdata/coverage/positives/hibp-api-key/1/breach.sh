curl -H "hibp-api-key: 294b090b49f892a28b529fabe11d8203" https://haveibeenpwned.com/api/v3/breachedaccount/x
