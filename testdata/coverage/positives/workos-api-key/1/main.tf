provider "workos" {
  api_key = "sk_live_a2V5XzAxOUVWRkMyWUhBUUtIT0JIVFNXOTBERlJFLFpBcTBKQzk1Q3VCdGdDMHlaeVo1WjMzVEs"
}
