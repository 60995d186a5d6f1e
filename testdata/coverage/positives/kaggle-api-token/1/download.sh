curl -L -H "Authorization: Bearer KGAT_b073c5bd40e19bbade27511aaa0bfda5" https://www.kaggle.com/api/v1/datasets/download/owner/data
