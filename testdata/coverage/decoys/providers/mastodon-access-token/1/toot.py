mastodon_token = os.getenv("MASTODON_TOKEN")
