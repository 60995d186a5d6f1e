signingSecret: process.env.SLACK_SIGNING_SECRET,
