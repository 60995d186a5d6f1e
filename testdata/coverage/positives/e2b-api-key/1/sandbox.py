sbx = Sandbox(api_key="e2b_77a6424d7ab472af86fb8364300b5547558f9ce1")
