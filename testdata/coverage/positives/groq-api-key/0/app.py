client = Groq(api_key="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")
