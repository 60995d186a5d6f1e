vultr_api_key = "ZKRJE3J9FWJVT8MZWWUMFDNZ8KZUTU27610R"
region        = "ewr"
