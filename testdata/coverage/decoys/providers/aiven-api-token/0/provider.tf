provider "aiven" {
  api_token = var.aiven_api_token
}
