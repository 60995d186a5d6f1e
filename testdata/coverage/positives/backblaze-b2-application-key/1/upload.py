b2_api.authorize_account("production", "0014aa9865d6f0000000000b0", "K003R1yCPPP0n7K/J68OxWP85MywpHx")
