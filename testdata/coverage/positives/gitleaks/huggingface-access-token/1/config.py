HF_TOKEN = "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"
