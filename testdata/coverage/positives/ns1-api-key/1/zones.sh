curl -H "X-NSONE-Key: 2J34Vp4ob81dODjdk5mI" https://api.nsone.net/v1/zones
