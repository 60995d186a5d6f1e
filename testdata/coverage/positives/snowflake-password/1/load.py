conn = snowflake.connector.connect(
    user='etl',
    password='r0ovKuR4fFDCtQ',
    account='xy12345',
)
