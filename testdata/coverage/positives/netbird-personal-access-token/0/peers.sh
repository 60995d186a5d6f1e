curl -H "Authorization: Token nbp_hJf8mMUayp0MPRzcSEajOgXViZ4HUL2SFlwO" https://api.netbird.io/api/peers
