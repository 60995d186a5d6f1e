nomic_api_key = "nk-n_hFM8pKXS0VXyBbFOVXLRG6oMyi6K_31t2B7bHrnw2"
