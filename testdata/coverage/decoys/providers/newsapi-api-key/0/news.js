fetch('https://newsapi.org/v2/top-headlines?country=us&apiKey=API_KEY')
