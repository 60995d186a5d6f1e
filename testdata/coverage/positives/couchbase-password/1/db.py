auth = PasswordAuthenticator("app", "byKmhpSrP~fuFHreCw")
