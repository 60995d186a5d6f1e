dashscope.api_key = "sk-1a1782377a557d64fdbe282b65655533"
