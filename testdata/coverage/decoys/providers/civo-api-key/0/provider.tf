provider "civo" {
  token = var.civo_token
}
