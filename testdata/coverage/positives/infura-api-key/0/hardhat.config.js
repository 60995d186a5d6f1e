url: "https://sepolia.infura.io/v3/c44ed496113892a2a1bde937bad3c5ea",
