const kinstaApiKey = process.env.KINSTA_API_KEY;
