provider "statuscake" {
  statuscake_api_token = "Mu6rkYkr5S96uVYP654X"
}
