client = KlaviyoAPI("pk_a2a36a2e35815a39b1b487f45125c22294")
