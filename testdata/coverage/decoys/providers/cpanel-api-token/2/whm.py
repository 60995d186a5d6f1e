headers = {"Authorization": "whm root:t1szgr4u5hr9w28nwbal5r9ptkhyk84e"}
