eth: `https://rpc.ankr.com/eth/${ANKR_KEY}`,
