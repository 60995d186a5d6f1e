const config = { channelAccessToken: process.env.CHANNEL_ACCESS_TOKEN };
