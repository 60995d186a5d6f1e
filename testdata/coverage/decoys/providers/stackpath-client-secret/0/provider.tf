client_secret = var.stackpath_client_secret
