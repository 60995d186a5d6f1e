const serperKey = "f2491e70b9ac81482ec85a6d6b8920c92ae83735";
