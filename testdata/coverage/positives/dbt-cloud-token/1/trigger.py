headers = {"Authorization": "Token dbtu_n2zknF2Bbbl0nAMjAPSe48yXDsfsGAPXTD3t8oHZ03HPh-dMzUL"}
