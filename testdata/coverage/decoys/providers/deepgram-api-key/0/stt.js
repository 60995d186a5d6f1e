const deepgram = createClient(process.env.DEEPGRAM_API_KEY);
