headers = {"Authorization": "Api-Key " + BASETEN}
baseten_api_key = "IKZxYeYg.6oEoOVYMsCQ1o78dYPX3F73OnF9eEtEJ"
