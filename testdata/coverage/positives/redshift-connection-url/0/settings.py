ENGINE_URL = "redshift+psycopg2://etl:SSYkLSHn7*7ZhxyNPm@acme.abc123.us-east-1.redshift.amazonaws.com:5439/dw"
