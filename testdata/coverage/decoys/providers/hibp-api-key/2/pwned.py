haveibeenpwned_hash = "17d4b20631a2206ba26d48f5ab4e9d13"
