provider "mongodbatlas" {
  public_key  = "ip9c7ix6"
  private_key = "0b3713f4-ddf6-bde5-5acb-35f0c22ddc23"
}
