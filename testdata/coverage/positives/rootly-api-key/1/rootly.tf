provider "rootly" {
  api_token = "rootly_c46cb2762bc451e42080a7bf7ef36ac13253a62baed57a652499dc33b7c238cb"
}
