module.exports = { applitoolsApiKey: 'gkyKqItpK0Et3zREVrEdiGWp4lu6gZBv9CZMUbDQ3hgm8' };
