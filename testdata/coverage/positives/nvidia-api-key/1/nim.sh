curl -H "Authorization: Bearer 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" https://integrate.api.nvidia.com/v1/models
