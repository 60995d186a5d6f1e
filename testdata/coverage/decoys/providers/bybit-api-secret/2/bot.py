bybit_secret = os.environ["BYBIT_API_SECRET"]
