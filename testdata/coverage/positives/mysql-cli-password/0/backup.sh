mysqldump -u root -pD8rNQFjuV~ENhXQD8i --all-databases > all.sql
