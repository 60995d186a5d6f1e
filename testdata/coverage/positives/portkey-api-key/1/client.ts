const portkeyApiKey = "0hq/zGdJTL73E9H6ycmP8pgCFfbT2pWt";
