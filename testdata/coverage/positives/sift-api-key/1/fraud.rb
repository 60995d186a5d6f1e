Sift.api_key = '1ae97a82cc669ae6'
