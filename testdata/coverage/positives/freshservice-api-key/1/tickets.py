freshservice_key = 'SAy5jW01x5WZLnQQGF3J'
