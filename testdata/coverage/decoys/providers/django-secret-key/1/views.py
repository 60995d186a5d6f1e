SECRET_KEY = '5^!98vjd3%8f7=v90wc2)1pdiw3aeoxy^diznzxhbcc-5xtjp1'
