cred = credential.Credential("AKIDdv7xMf8Z3ymAd6fcwxQ481r0lBtaq7s6", os.environ["TENCENTCLOUD_SECRET_KEY"])
