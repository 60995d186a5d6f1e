curl -d 'hello' https://logs-01.loggly.com/inputs/10033b6e-aaf6-d764-8321-d1ff2134dff4/tag/http/
