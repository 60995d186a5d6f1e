provider "fivetran" {
  api_key    = "x"
}
# fivetran_api_secret = "SpXn7I32sFC3QGCEQFJg7fLUSRVpJOvS"
