smartsheet_token = "4bkvf6buf637va6xv02xe9tl66"
