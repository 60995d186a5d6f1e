app.secret_key = "dev"
