url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=fef88652-4059-1051-4e72-27816d37bccc"
