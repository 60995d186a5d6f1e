conn = snowflake.connector.connect(user='etl', password=os.environ['SNOWFLAKE_PASSWORD'])
