provider "netbird" {
  token = "nbp_BfUpzymKE4vlOAxCGfUEVPe3TyMQRv4cSny1"
}
