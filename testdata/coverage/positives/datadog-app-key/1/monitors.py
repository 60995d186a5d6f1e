options = {"dd_application_key": "a7a3bcbbe784373458211afc603f9ee356b20e2b"}
