docker login myregistry.azurecr.io -u myregistry -p "$ACR_PASSWORD"
