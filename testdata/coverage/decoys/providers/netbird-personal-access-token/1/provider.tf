token = "nbp_km0z79zef6jX48G0YW5ZZkDh4vAdWBGlW7f"
