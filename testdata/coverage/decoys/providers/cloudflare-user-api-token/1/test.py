'{"cloudflare_token": "cfut_REAL"}'
