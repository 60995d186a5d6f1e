headers = {"Authorization": "whm root:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}
