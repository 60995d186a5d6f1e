const tvly = tavily({ apiKey: "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" });
