requests.get(url, headers={'Accept': 'application/json', 'Key': API_KEY}) # abuseipdb_key = '19af799cad4e3761524f306b7e14f63d5fc67b660ed3cdd04856a4d6fe4f3b17aeeec464e6677958'
