network = pylast.LastFMNetwork(api_key=LASTFM_API_KEY := "2165061c2632354b443af6ef8b769563")
