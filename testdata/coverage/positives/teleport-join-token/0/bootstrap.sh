sudo teleport start --roles=node --token=487acba875e7c8985b0d24c812e89777 --auth-server=tele.example.com:443
