vespa_cloud_secret_token = os.environ.get("VESPA_CLOUD_SECRET_TOKEN")
vespa_cloud_provisioner_role = x
