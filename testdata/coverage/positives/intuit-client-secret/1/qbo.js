const oauthClient = new OAuthClient({ clientId, intuitClientSecret: 'P0OYvLcf83PA7RscLK0Nin1QbEFNtvEcb8XLN6sA' });
