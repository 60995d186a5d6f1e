provider "fivetran" {
  api_key    = "x"
}
# fivetran_api_secret = "Mfb1X0GiQbhQ4trZf7dQGfa3FZXQSu1U"
