curl "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=$WECOM_KEY"
