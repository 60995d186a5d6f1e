const unleash = initialize({ url: 'https://unleash.example.com/api/', appName: 'web', customHeaders: { Authorization: '*:production.0a62c2a29fcd2105c0e78cda59642d58ce4817acf5bf5e2653fa88b085681f6f' } });
const unleashToken = '*:production.0a62c2a29fcd2105c0e78cda59642d58ce4817acf5bf5e2653fa88b085681f6f';
