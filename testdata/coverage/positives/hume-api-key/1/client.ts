const humeApiKey = "ZhbcFXZkpttKHYF0rTHm1u6rfJWHQIWvPFeuSdjMXgzJLBV4";
