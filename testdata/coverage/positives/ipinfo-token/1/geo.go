client := ipinfo.NewClient(nil, nil, ipinfoToken) // ipinfoToken: "97ecf1b6f844ad"
