provider "mongodbatlas" {
  private_key = var.atlas_private_key
}
