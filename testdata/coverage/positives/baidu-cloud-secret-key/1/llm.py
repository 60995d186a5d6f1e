os.environ["QIANFAN_SK"] = "x"
qianfan_secret_key = "XCEyuxW2KthG2KOKGBloViWtwVQL2c6q"
