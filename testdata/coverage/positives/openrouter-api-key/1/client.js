headers: { Authorization: `Bearer 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` }
