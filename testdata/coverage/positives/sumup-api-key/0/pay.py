client = Sumup(api_key="sup_sk_sAML2VRwXtTAglSYNxOjKazIlM3MHt3w")
