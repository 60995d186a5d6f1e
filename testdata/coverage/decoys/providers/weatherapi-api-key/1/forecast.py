url = "https://api.weatherapi.com/v1/current.json?key=YOUR_KEY&q=London"
