headers = {"X-Gotify-Key": "AZ4kLVmWUQhVvEg"}
