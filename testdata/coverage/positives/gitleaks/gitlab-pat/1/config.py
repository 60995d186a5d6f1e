GITLAB_TOKEN = "glpat-n5STCyd8g_2DOy9b2iaV"
