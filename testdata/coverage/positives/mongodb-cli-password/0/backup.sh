mongodump --host db --username backup --password aVfFsS716~smUjTt0e --out /backup
