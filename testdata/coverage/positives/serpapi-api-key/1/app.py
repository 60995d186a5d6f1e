params = {"engine": "google", "serpapi_key": "dff6e97629cf0beddf2b492337ecb16fde70d875aa5c48653498884d57d85bf1"}
