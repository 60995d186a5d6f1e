qdrant_api_key=os.environ.get("QDRANT_API_KEY"),
