sk = os.getenv("BAIDU_SECRET_KEY")
