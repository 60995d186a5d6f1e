$settings["hash_salt"] = "8flgdcCIDiltDONJhieagW1EBG1KhYo9X3tqXV-lf4e1N7Dtls3EbQATZ8Ecp8hm4S9O7LpSmd";
