sudo teleport start --roles=node --token=/var/lib/teleport/token --auth-server=tele.example.com:443
