jina_embeddings_v3 = load()
