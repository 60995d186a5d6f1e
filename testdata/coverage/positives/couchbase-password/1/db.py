auth = PasswordAuthenticator("app", "HVQkRYu28=V1F1qcXm")
