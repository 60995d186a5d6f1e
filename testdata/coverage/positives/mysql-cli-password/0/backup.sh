mysqldump -u root -pBUpSNhxNi-8A8jIWi6 --all-databases > all.sql
