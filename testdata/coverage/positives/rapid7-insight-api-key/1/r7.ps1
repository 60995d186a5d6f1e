$rapid7ApiKey = "ae858335-0cd8-89ac-b2f9-22a9bb234ef5"
