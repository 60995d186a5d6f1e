wx_app_secret = "a2d6de85ef895e47e5df99e815eb17b0"
