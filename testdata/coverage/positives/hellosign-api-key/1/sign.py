configuration = Configuration(username="x")
dropbox_sign_api_key = "36b5264f3cd1880e427a4fa6163101a04179c9716f10406b3bdb0c833ecad4a8"
