sqlcmd -S db01 -E -Q 'SELECT 1'
