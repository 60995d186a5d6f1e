Invoke-Sqlcmd -ServerInstance db01 -Username sa -Password "GLpCWO8IZ=tf8qtHYI" -Query 'SELECT 1'
