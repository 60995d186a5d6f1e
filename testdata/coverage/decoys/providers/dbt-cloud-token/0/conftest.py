return {"api_token": "dbtc_test_token", "account_id": "12345"}
