mongodump --username backup --password "$MONGO_PASSWORD" --out /backup
