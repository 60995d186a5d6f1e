wordpress_app_password = "W5ZZ kDh4 vAdW BGlW 7fOA"
