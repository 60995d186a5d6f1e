docker login harbor.example.com -u 'robot$library+ci' -p yTVGCSjnsuLsho4g5SvePpJxJCrZ9nSh
