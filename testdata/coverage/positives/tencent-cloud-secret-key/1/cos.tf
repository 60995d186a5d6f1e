provider "tencentcloud" {
  secret_id  = "AKIDxFsxwITu3k226ISPmhZLT5QQe7m24nGj"
  secret_key = "0JwuMw3bjmS3MK4AMghmYVSpcxospimI"
}
