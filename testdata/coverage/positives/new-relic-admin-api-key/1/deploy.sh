curl -X POST -H 'X-Api-Key:NRAA-bedf893f78ea080d6d98b85446a' https://api.newrelic.com/v2/applications/1/deployments.json
