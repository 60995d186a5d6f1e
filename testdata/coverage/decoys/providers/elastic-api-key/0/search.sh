curl -H "Authorization: ApiKey ${ES_API_KEY}" https://es:9200
