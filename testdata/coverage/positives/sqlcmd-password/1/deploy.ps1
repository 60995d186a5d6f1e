Invoke-Sqlcmd -ServerInstance db01 -Username sa -Password "ygqKGcSh8_Um4eA7FF" -Query 'SELECT 1'
