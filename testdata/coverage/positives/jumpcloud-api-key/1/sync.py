jumpcloud_api_key = "f3f048dbe23bb84a1867ac8773f4f2eab623a597"
JC_URL = "https://console.jumpcloud.com/api/v2/"
