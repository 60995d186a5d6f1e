clickhouse-client --user app --password "$CLICKHOUSE_PASSWORD" --query 'SELECT 1'
