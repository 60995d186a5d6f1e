headers = {"X-API-KEY": "hl_sk_e99a5cee52ae65694e4b61cb61d20d294847120971ea5988"}
