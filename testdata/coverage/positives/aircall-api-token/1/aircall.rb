Aircall.configure { |c| c.api_token = aircall_token = "30170565c3c285eca10cbb75c719398b" }
