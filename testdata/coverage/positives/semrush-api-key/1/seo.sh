curl 'https://api.semrush.com/?type=domain_ranks&key=fe945601ca349fd7e34b410d77948756&domain=example.com'
