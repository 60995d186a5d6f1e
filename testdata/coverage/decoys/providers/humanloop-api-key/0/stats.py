thl_sk_w = 1
GHL_API_KEY = "ghl_sk_05ca125e05b706bc866e9dc1022f2c0760e16ab27762ec5d"
