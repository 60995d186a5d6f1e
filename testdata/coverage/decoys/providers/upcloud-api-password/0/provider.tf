upcloud_password = var.upcloud_password
