const frontApiKey = process.env.FRONT_API_TOKEN;
