tiktokAccessToken: process.env.TIKTOK_ACCESS_TOKEN,
