url: "https://eth-mainnet.g.alchemy.com/v2/KDL3NNzlsPjw6x8ATqIishYmqFoc5XdI",
