const t = "EAAG4sFGTqnl4Y0FlC0WM01jVOaQNrrf7lhjgsNWHb2oJouSdeOjGOGJFlZSeHzt";
