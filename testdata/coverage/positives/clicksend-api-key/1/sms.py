configuration.password = clicksend_api_key = '2AADBCDA-C3BD-C515-AC54-90208C553E31'
