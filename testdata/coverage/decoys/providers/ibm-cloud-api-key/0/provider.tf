  ic_api_key = var.ibmcloud_api_key
