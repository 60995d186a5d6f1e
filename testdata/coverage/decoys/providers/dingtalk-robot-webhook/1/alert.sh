curl "https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}"
