plesk_secret_key = "3ab256b6-2880-788e-06c3-3abf4f462970"
requests.get(url, headers={"X-API-Key": plesk_secret_key})
