bfx = Client(api_key=BITFINEX_KEY, bitfinex_secret='KeKfvVU6sXnaKUS1X3Mdz23LDpaoFpDZI0wLVqeS8xN')
