flyway -url=jdbc:postgresql://db/app -user=app -password=KiFlKV6sL_8bqmqeEI migrate
