gandi_token = var.gandi_token
