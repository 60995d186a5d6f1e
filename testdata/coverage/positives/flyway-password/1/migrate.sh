flyway -url=jdbc:postgresql://db/app -user=app -password=fzGy1GwCo!WJWPb9bn migrate
