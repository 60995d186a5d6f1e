headers: { 'X-CC-Api-Key': process.env.COINBASE_COMMERCE_API_KEY }
