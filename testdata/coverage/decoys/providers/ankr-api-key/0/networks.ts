eth: 'https://rpc.ankr.com/eth',
