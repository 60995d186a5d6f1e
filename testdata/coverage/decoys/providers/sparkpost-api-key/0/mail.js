const sparkpostKey = process.env.SPARKPOST_API_KEY;
