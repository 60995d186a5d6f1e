parser = LlamaParse(api_key="llx-9TmLttlPcr6PTK1tkpV6cTjeqTB2t1reAWJgmB7w9fkhDRAk", result_type="markdown")
