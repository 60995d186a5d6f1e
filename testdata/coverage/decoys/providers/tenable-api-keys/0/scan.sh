curl -H "X-ApiKeys: accessKey=$ACCESS; secretKey=$SECRET"
