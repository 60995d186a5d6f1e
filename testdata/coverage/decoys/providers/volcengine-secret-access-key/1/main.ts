const sk = process.env.VOLCENGINE_SECRET_KEY;
