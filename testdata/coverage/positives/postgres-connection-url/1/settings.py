SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://report:goltF4PJiyNFAX@10.0.0.5/reports"
