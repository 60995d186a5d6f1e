exa = Exa(EXA)
exa_api_key = "8e3723ae-8fa5-79eb-205f-47733a7f377e"
