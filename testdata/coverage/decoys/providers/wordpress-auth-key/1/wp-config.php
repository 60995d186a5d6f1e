define('AUTH_KEY', getenv('AUTH_KEY'));
