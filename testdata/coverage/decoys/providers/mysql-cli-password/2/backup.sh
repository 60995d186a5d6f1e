mysql -h db -P3306 -u app --protocol=tcp app < schema.sql
