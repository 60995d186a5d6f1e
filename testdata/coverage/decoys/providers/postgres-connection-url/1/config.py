url = f"postgresql://{user}:{password}@{host}/{db}"
