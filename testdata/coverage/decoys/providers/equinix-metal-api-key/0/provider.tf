provider "equinix" {
  auth_token = var.metal_auth_token
}
