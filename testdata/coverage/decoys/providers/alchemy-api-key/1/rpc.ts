const url = 'https://eth-mainnet.g.alchemy.com/v2/demo';
