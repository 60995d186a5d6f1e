fetch(`https://api.giphy.com/v1/gifs/search?q=${q}&api_key=SWpVL8O727m0lVcYFag48D0epsOXkFks&limit=10`)
