app.use(session({ secret: 'your-secret-key' }));
