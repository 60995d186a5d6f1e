const val THE_MOVIE_DB_KEY = "dd9f8960f9ac241fad66e30b5e49a54a"
