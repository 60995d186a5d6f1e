client = Together(api_key="tgp_v1_dCfNJ81HuPyy1WQW38PlNRWuW6JiMywD6BXjWsZQQ3W")
