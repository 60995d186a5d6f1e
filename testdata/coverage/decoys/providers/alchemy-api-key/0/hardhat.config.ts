url: `https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_API_KEY}`,
