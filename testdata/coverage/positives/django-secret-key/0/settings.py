DEBUG = False
SECRET_KEY = '-kgyqh!1srt=yr0pzf-r)4iy@*0*ve*1gw3*00=jq53=#k*cq6'
