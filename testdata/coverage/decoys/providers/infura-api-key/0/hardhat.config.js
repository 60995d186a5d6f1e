url: `https://sepolia.infura.io/v3/${INFURA_API_KEY}`,
