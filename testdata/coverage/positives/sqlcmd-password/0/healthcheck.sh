/opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P 'tHYIYIM04=IGTSaO8S' -C -Q 'SELECT 1'
