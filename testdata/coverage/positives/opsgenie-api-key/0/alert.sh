curl -H "Authorization: GenieKey d4d340b3-156c-78f0-b104-516e63ac7cc1" https://api.opsgenie.com/v2/alerts
