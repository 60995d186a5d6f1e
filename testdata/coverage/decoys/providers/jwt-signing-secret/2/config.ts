jwtSecret: config.authentication.jwtSigningSecretValue,
