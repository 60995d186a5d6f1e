curl -H "X-CC-Api-Key: ec0e5153-89a4-705a-c57e-18c37aeb09f4" -H "X-CC-Version: 2018-03-22" https://api.commerce.coinbase.com/charges
