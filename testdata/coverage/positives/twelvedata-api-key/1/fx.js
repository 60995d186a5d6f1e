fetch('https://api.twelvedata.com/time_series?symbol=EUR/USD&interval=1min&apikey=b928d79ecfdfb2ce0d97ce1c4b3131a4')
