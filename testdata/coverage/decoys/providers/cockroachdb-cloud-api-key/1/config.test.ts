cockroachMcpApiKey: "CCDB1_test_key_that_is_not_real",
