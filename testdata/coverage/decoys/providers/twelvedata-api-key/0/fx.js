fetch('https://api.twelvedata.com/time_series?symbol=AAPL&interval=1min&apikey=demo')
