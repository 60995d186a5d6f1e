redis-cli -h cache -a lmCgaVfFs~716csmUj ping
