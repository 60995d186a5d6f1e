const client = contentful.createClient({ accessToken: 'CFPAT-NC9yxjZhweJHSdfkM6H8nM9JdH6Y0LEg55NcI1opR5z' });
