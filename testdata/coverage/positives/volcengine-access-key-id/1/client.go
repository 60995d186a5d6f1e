cfg := volcengine.NewConfig().WithAkSk("AKLTMzRhMWU4NzQ5YjUyMDQxZGVmZDYyMWE3YTNiNTZkMTc", os.Getenv("VOLC_SK"))
