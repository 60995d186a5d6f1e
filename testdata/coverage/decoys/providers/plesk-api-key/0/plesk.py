plesk_secret_key = os.environ["PLESK_API_KEY"]
