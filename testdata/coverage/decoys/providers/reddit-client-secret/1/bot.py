reddit_secret = os.environ["REDDIT_SECRET"]
