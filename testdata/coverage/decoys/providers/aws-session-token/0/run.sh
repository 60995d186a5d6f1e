export AWS_SESSION_TOKEN=$(jq -r .Token creds.json)
