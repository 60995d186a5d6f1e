gandi_token = "fW01gfbcz0G8MCSDadsFPv0C"
