const url = `https://mainnet.helius-rpc.com/?api-key=${HELIUS_API_KEY}`;
