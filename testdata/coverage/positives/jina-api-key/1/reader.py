headers = {"Authorization": "Bearer jina_010588c38755d2349722e5264c578433pvGhPGf6SlnoWmSjSvGQCdrkisBA"}
