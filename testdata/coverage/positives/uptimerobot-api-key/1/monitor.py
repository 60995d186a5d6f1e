uptime_robot_key = "ur3173777-4fff8105a2bc8c73b95ac7d3"
