model = "mistral-large-latest"
