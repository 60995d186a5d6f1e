typesense-server --api-key=$TYPESENSE_API_KEY
