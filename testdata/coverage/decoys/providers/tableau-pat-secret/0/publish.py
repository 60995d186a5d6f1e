auth = TSC.PersonalAccessTokenAuth(name, os.environ["TABLEAU_PAT"], site_id="acme")
