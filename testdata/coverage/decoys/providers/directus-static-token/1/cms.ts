const directusToken = process.env.DIRECTUS_TOKEN;
