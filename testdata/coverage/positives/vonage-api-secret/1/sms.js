new Vonage({ apiKey: 'x', apiSecret: 'y' });
const nexmoSecret = 'eViR7HMefMa7Dl1P';
