self.test_sdk_key = "dvc_server_testkey"
