mysql -pNhxNiq8A8=IWi6W9Fr app < dump.sql
