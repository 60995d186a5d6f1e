redis-cli -h cache -a YIM04pIGT-aO8SygqK ping
