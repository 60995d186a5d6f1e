redis-cli -h cache --askpass ping
