const headers = { "x-hasura-admin-secret": process.env.HASURA_ADMIN_SECRET };
