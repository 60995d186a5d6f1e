accounts: [process.env.PRIVATE_KEY],
