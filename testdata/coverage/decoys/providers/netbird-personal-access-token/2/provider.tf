token = "nbp_5ZZkDh4vAdWBGlW7fOAKtQJlXeLqChfnggs"
