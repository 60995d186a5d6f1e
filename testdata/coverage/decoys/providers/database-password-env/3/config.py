db_password = settings.database.password
