val ldConfig = LDConfig.Builder().mobileKey("mob-a995c4cd-53a7-41de-eda6-6b047840d9bc").build()
