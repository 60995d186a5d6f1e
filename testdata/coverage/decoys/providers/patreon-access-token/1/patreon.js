const patreonToken = process.env.PATREON_TOKEN;
