os.environ["LANGCHAIN_API_KEY"] = "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"
