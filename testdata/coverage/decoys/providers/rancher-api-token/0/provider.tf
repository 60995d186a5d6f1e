access_key = "token-g6960"
