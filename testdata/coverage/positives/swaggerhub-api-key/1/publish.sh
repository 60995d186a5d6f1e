swaggerhub api:create acme/api/1.0 -f spec.yaml
# swaggerhub_token: de405481-76b1-d47a-0f54-5121257f8745
