curl -X POST https://ingest.us1.signalfx.com/v2/datapoint -H "X-SF-Token: X9QgLAQKlm5vlWcJW_GUCu"
