curl -H 'x-cg-demo-api-key: CG-Eri7gFoWtPqsRioFAIS2MBvr' https://api.coingecko.com/api/v3/ping
