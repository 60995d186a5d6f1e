fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&units=metric&appid=c7521a4711d41494120d6d9f5ef896a3`)
