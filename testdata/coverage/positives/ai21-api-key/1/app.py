client = AI21Client(api_key=os.environ.get("X"))
ai21_api_key = "fmGyrCClDN4ljqq87fJmVrCdZJzdaC81"
