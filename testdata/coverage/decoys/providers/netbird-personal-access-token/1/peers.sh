curl -H "Authorization: Token $NB_PAT" https://api.netbird.io/api/peers
