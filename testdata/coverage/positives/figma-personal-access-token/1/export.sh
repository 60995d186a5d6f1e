curl -H "X-Figma-Token: figd_0cnc_74gWgd5gettv5bN838IIF-nvuk5A-jhsbjka9x" https://api.figma.com/v1/files/abc
