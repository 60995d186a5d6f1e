params = {"SellerId": "A1", "MWSAuthToken": "amzn.mws.554b80de-90a8-be49-80a2-3d2ae2e9ae86"}
