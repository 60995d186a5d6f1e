url = f"https://api.weatherapi.com/v1/forecast.json?key=c837433f44d908acc8c3ab4405d4afc&q={city}&days=3"
