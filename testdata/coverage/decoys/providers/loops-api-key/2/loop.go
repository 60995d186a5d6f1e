loops := "c3bf6a473607bafbcf42b145d08beb4c"
