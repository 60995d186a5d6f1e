DB_PASSWORD = os.environ["DB_PASSWORD"]
