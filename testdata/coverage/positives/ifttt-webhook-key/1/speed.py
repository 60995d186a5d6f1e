url = "https://maker.ifttt.com/trigger/speedtest/json/with/key/MdFogIbfASF-N5Zhi_zGxk"
