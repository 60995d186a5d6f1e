secret = var.exoscale_secret
