docker login harbor.example.com -u 'robot$library+ci' -p "$HARBOR_SECRET"
