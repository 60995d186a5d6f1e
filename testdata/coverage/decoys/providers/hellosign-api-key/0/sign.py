dropbox_sign_api_key = os.environ["DROPBOX_SIGN_API_KEY"]
