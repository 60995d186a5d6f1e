cqlsh -u cassandra -p cassandra
