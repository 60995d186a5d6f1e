mailjet_secret = 'a070d1aa306fb42c20ae52c2c188c555'
