auth = Auth.api_key(os.environ["WEAVIATE_API_KEY"])
