cred = credential.Credential("AKIDaPqf5rr3u5cnLyqcn3N3PMHFb4gg3j0F", "zkoy7X4YZwz6e8nlARuZFcNG6ZYkLHwI")
