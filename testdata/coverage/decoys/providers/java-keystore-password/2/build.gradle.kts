        storePassword = System.getenv("STORE_PASSWORD")
