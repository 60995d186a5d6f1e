app = Vespa(url=endpoint, vespa_cloud_secret_token="vespa_cloud_jxYvfqx0mo0ZiYOsjUopCuyaN4xNDdWQR7ymYXtZ6Os")
