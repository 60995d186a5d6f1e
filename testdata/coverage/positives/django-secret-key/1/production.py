SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "#z^71gwpp-pjq)@i-fb#8h7t14s6#hld(pqe53v41q$rjcc$m(")
