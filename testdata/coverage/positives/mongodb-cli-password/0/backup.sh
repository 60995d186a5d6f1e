mongodump --host db --username backup --password MVurFRpzi-UANf1ksi --out /backup
