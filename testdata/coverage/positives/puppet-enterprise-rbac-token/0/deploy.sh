curl -k -H "X-Authentication: 0ifYTRCLZ6IlqqR1qvggeAsCyp4D4PhwRwkhAC6dc5Xx" https://puppet.example.com:8143/orchestrator/v1/command/deploy
