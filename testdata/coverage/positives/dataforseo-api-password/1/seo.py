dataforseo_password = "d9bcb12f5dec6de5"
