meilisearch --master-key="$MEILI_MASTER_KEY"
