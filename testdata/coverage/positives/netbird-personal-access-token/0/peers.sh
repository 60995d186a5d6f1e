curl -H "Authorization: Token nbp_hJf8mMUayp0MPRzcSEajOgXViZ4HULBfUpzy" https://api.netbird.io/api/peers
