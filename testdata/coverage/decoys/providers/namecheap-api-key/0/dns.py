key = os.environ["NAMECHEAP_API_KEY"]
