MIXPANEL_API_SECRET = "dbeca536ba37db711ba60fdddffb4bfc"
