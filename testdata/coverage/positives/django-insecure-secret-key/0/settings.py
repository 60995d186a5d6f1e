SECRET_KEY = 'django-insecure-5lsw+l3q*9ne35q88e7gt!3c8cct%h7y!$45=d*hbevkt#tq2q'
