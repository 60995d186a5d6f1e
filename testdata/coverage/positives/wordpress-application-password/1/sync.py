wordpress_application_password = "arUy oVVk m0z7 9zef 6jX4 8G0Y"
