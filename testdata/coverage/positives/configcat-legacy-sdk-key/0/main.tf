configcat_sdk_key = "yNW0VHCMfE2DZd1czI4uaf/H87Y5hOwItK4rzkWEC1wmt"
