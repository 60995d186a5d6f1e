headers = {"Authorization": "Bearer tk_6027fd7e167b7e22cc5089b23097637e57b5d696"}
