url: "https://wiser-proud-sea.matic-testnet.discover.quiknode.pro/cd033b8a57050b83ea9fdc232382fd7436d34207/",
