app.use(session({ secret: process.env.SESSION_SECRET }));
