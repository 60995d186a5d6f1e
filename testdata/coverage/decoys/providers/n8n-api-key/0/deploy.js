headers: { 'X-N8N-API-KEY': process.env.N8N_API_KEY },
