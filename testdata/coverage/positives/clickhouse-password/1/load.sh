clickhouse-client --host ch --user app --password hpSrPmfuF*reCw3Mqm --query 'SELECT 1'
