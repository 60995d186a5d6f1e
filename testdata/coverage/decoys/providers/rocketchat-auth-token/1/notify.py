rocket_chat_token = os.environ["RC_TOKEN"]
