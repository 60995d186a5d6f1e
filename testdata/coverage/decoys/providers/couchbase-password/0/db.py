auth = PasswordAuthenticator(os.environ["CB_USER"], os.environ["CB_PASSWORD"])
