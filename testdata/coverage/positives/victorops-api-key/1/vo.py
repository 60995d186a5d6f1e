headers = {"X-VO-Api-Key": "7d3bb11471616b89c1324f611ff9a99c"}
