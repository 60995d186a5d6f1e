provider "netbird" {
  token = "nbp_mKE4vlOAxCGfUEVPe3TyMQRvdff9darUyoVV"
}
