headers = {"X-Auth-Key": "cfk_VgyELtCELDcEJGdO0I5oLIKWYysBrI60HPRKHfYF690a617f", "X-Auth-Email": "ops@example.com"}
