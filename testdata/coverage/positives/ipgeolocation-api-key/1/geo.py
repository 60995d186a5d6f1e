r = requests.get('https://api.ipgeolocation.io/ipgeo?apiKey=e2b7ad6d607fd32469a18f353f7a786a&ip=8.8.8.8')
