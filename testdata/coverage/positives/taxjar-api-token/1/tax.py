client = taxjar.Client(api_key='x')
taxjar_token = '174a235de042e20de2fa873d415c644f'
