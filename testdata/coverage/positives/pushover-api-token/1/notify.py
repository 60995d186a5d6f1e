pushover_user_key = "uCE3T3xKmNhDqBUxbTtGuWBixcRBEB"
