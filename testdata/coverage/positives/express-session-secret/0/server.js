app.use(session({
  secret: 'vFdCQWKed4qtQVBqOs4JjL5qEYiiwtvU',
  resave: false,
}));
