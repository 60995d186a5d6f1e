module.exports = { apiKey: process.env.APPLITOOLS_API_KEY };
