curl "https://cronitor.link/72b4315b854d07a984caab4b7417d237/backup"
