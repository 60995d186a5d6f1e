const config = { channelSecret: process.env.LINE_CHANNEL_SECRET };
