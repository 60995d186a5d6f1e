cqlsh cass-1 -u app -p "$CASSANDRA_PASSWORD" -f schema.cql
