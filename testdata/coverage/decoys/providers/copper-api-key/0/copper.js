headers: { 'X-PW-AccessToken': process.env.COPPER_API_KEY }
