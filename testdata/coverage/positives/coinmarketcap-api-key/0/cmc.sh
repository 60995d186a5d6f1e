curl -H 'X-CMC_PRO_API_KEY: 5faab462-83ec-78f8-7d48-7b13ecc40129' https://pro-api.coinmarketcap.com/v1/cryptocurrency/listings/latest
