requests.get("https://betteruptime.com/api/v1/heartbeat/JUsxix8g580ayhKBVAOMU4Nk")
