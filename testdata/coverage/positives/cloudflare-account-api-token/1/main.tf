provider "cloudflare" {
  api_token = "cfat_QvSjWdihHb2OYunxZ2gx3nARzv1gIKXFjd3qkwXb59198685"
}
