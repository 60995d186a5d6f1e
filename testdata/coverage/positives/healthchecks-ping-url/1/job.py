requests.get("https://hc-ping.com/Y8bEmqqZCqwfC2rqz2BPQ_/nightly-backup", timeout=10)
