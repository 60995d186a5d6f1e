curl -X POST -H "Circle-Token: cd493e5be9ef4e7f21b1184b2d7661829789a229" https://circleci.com/api/v2/project/gh/org/repo/pipeline
