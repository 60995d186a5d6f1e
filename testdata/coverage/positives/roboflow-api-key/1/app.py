rf = Roboflow(api_key="x")
roboflow_api_key: "wDyVmv8l4tUK9PePlg2A"
