const url = 'https://mainnet.helius-rpc.com/?api-key=7af8e159-9c31-3288-1c0d-41bdbd4bcb41';
