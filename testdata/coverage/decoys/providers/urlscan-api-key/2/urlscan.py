urlscan_result_uuid = "f59f80bf-cb75-aedb-d9f3-1347b5f33e1d"
