meilisearch --db-path ./data --master-key=pJilxSn8nrT6iTIUfkcHLl0cNm8e8vBY
