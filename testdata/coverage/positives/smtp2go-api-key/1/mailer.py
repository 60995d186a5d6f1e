payload = {"api_key": "api-A8792C835E6EEA1ADCA6C9406AAD87B8", "to": [to]}
