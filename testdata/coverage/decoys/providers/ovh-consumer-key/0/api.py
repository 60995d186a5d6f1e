client = ovh.Client(endpoint='ovh-eu', consumer_key=os.environ['OVH_CONSUMER_KEY'])
