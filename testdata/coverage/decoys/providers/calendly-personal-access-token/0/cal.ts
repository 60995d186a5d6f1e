const calendlyToken = process.env.CALENDLY_API_TOKEN;
