WEBHOOK = "https://open.feishu.cn/open-apis/bot/v2/hook/d3bb1147-1616-b89c-1324-f611ff9a99c7"
