curl -H 'Authorization: App {YOUR_API_KEY}' https://example.api.infobip.com
