provider "stackpath" {
  stack_id = "x"
  stackpath_client_secret = "d34ec578d2bce6de414d011e1285c51d99c56c7a2947018124c9fd3f82af9ca5"
}
