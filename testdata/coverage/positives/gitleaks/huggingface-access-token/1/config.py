HF_TOKEN = "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"
