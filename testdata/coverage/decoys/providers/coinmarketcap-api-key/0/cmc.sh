curl -H 'X-CMC_PRO_API_KEY: 00000000-0000-0000-0000-000000000000' https://pro-api.coinmarketcap.com
