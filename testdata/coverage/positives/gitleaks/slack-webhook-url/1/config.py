SLACK_WEBHOOK = "https://hooks.slack.com/services/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"
