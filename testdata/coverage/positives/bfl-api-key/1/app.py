headers = {"x-key": BFL}
bfl_api_key = "7695d39f-0f0e-d472-7ea5-b0ba15c8315d"
