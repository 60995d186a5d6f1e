provider "equinix" {
  equinix_auth_token = "dpsjhj7F7ta8PQsUp6Xe2F0elHBUBNSs"
}
