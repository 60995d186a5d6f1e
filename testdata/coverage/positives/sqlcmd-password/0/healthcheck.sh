/opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P '2orBVhTXJ!9yR6MYtq' -C -Q 'SELECT 1'
