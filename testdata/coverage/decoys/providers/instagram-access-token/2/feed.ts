const token = process.env.INSTAGRAM_TOKEN;
