curl -H "X-API-Key: $PORTAINER_TOKEN" https://portainer.example.com:9443/api/stacks
