quandl.ApiConfig.api_key = QUANDL_KEY = "vdyMLgiElXhtvDIOyXTx"
