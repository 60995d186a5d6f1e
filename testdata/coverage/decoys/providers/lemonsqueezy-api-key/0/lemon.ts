lemonSqueezySetup({ apiKey: process.env.LEMONSQUEEZY_API_KEY });
