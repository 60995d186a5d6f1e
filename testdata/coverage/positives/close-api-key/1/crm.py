close_crm_key = "api_ameoYuykCXrr8LlySxIu8X.vA4Cyp8RY1QMiSwX47GArQ"
