app.secret_key = "change-me-in-production"
