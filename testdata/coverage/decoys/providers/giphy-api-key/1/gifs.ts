fetch(`https://api.giphy.com/v1/gifs/search?api_key=${GIPHY_KEY}`)
