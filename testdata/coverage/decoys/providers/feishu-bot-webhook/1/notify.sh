curl https://open.feishu.cn/open-apis/bot/v2/hook/${FEISHU_HOOK}
