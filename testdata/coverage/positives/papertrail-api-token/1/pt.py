headers = {"X-Papertrail-Token": "BfU8n0hBfS4604bV3544"}
