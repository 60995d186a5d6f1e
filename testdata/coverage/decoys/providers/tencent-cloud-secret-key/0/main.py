secret_key = os.environ["TENCENTCLOUD_SECRET_KEY"]
