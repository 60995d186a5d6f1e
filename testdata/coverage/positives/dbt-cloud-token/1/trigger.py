headers = {"Authorization": "Token dbtu_7NlfFZVkfDePrdH4vFOPNJkd44agyntdn2zknF2Bbbl0nAMjAPS"}
