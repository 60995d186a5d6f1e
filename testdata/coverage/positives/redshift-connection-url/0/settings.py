ENGINE_URL = "redshift+psycopg2://etl:lKqKe1LGO_AqOvArpi@acme.abc123.us-east-1.redshift.amazonaws.com:5439/dw"
