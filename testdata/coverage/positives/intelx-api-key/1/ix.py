self.intelx_api_key = "4f3d2513-f0ca-2b8d-6d0a-3e18968dfcc0"
