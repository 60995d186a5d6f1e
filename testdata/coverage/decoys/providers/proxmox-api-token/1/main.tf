pm_api_token_id = "terraform@pam!tf"
pm_api_token_secret = var.pm_secret
