provider "onelogin" {
  client_id     = "x"
  onelogin_client_secret = "9b9cbae4e23472a401da1477edb80cefe8dca79df3e33bfa0397d49f4aa9500f"
}
