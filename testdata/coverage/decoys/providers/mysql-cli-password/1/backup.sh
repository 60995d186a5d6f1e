mysqldump -u root -p"$MYSQL_ROOT_PASSWORD" --all-databases > all.sql
