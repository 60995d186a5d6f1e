nomad job run -token=0bee9c7b-5c4a-08ba-37ad-59151c443a10 app.nomad.hcl
