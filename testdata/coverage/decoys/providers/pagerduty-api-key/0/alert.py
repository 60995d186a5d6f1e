pagerduty_service = "PABCDEF"
