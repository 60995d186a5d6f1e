fetch('https://newsapi.org/v2/top-headlines?country=us&apiKey=e7e871150aeedaa81803654ce551c472')
