const client = new ApifyClient({ token: process.env.APIFY_TOKEN });
