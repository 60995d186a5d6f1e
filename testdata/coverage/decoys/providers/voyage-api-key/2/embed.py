key = "pa-tvf-3POLU31FpG2hDvrXXl11ytB1qxSYbJRqUTCHZT"
