cqlsh cass-1 9042 -u app -p '3vVmsaL45*7NT7qVFR' -f schema.cql
