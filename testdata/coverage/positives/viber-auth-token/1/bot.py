headers = {"X-Viber-Auth-Token": "40ebfdfb36b5a5e7-2aff19aae8583350-cd889acb2f922a9b"}
