driver = GraphDatabase.driver(uri, auth=("neo4j", "eGlvkHRm1-pYJ68qRu"))
