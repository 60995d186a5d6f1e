curl -H "X-Query-Key: NRIQ-SNc9Pa0iBDAEjDB9PsF7EhimA3vAyQIn" https://insights-api.newrelic.com/v1/accounts/1/query
