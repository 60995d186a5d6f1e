url = 'https://financialmodelingprep.com/api/v3/profile/AAPL?apikey=demo'
