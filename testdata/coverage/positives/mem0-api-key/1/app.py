client = MemoryClient(api_key=x)
mem0_api_key = "m0-Xwf6p6S44AQvisdPMCcK91oheh6QZiKgrZ4lIx5f"
