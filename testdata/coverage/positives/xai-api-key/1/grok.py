client = OpenAI(api_key="xai-Sa6t5VOMFpE5Wy0ptB23iG94uaTDJdi7FE1rNZEPxYwI1jYJBoYpXJvikJdxiNZvQEfMcMvXWoR29V1U", base_url="https://api.x.ai/v1")
