accessToken: process.env.PRISMIC_ACCESS_TOKEN,
