driver = GraphDatabase.driver(uri, auth=("neo4j", "pLEgLJRK7!0jMLm39y"))
