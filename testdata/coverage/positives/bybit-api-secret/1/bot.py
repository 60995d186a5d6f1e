session = HTTP(api_key=KEY, api_secret="x")
bybit_secret = "8oMfZT0e1eqvMOKL0yQr1n2DxESO7lqXa5Zt"
