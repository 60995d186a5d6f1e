UPLOADCARE_SECRET_KEY = 'demosecretkey'
