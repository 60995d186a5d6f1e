module example.com/inner
