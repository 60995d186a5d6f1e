shipstation_secret = '5c457c4185a0378ee4d60561a4e676b6'
