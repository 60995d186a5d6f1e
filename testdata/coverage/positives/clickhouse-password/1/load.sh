clickhouse-client --host ch --user app --password 3YRyfzGy1!wCoAWJWP --query 'SELECT 1'
