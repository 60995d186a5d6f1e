client = taxjar.Client(api_key=os.environ['TAXJAR_API_KEY'])
