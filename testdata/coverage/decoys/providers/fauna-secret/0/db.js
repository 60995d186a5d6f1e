const client = new Client({ secret: process.env.FAUNA_SECRET });
