DUO_SKEY = os.environ["DUO_SKEY"]
