comet_api_key = "mAMf973hD4IWJhHdTmUNV3dVd"
