const config = { channelSecret: 'cfd53a259438d60a29ed9e7728f70c84' };
