rpc: { 137: "https://rpc-mainnet.matic.quiknode.pro/" },
