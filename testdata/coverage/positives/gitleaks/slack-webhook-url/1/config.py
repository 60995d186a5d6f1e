SLACK_WEBHOOK = "https://hooks.slack.com/services/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"
