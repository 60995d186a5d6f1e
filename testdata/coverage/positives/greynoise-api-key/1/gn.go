client := greynoise.New(greynoiseKey) // greynoiseKey := "b81dODjdk5mIsghQm7NcMPJAtGgzHSAa"
