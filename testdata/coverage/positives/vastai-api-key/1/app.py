vastai set api-key x
const vastaiKey = "d7263f624b6cbf1b4cf722671df957cb85a6f3db4d77d1f17e26e49aaf324886"
