curl -H "X-API-Key: ptr_oSueyLW+EYrXLqbF7dImAIo1UHDeIzjRixeotJGUCE4=" https://portainer.example.com:9443/api/stacks
