curl -k -H "X-Authentication: 0geAsCyp4D4PhwRwkhAC6dc5Xx_526lGgyX_tHux2HrH" https://puppet.example.com:8143/orchestrator/v1/command/deploy
