const bb = new Browserbase({ apiKey: "bb_live_e9sSnQAzPl2y198HSfELMQrGdZQ" });
