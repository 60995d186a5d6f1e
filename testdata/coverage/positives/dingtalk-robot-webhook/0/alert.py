url = "https://oapi.dingtalk.com/robot/send?access_token=4834f8735b54bfc2563b5c0e0e53f982b3713d4ceb8ab704d083405d7bf2f5ec"
