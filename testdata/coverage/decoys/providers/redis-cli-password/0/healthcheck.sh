redis-cli -h cache -a "$REDIS_PASSWORD" ping
