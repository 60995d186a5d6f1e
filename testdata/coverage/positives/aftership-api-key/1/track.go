req.Header.Set("as-api-key", "asat_9c6b1cc7d59d1ab7b4084b353db214b0")
