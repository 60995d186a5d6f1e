cqlsh cass-1 9042 -u app -p 'ruDCHVQkR-u281V1F1' -f schema.cql
