meilisearch --db-path ./data --master-key=izDeBh8JpQqjBQQUg7nL5SJikC53tvM2
