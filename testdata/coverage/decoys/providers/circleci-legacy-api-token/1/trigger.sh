curl -H "Circle-Token: $CIRCLE_TOKEN" https://circleci.com/api/v2/me
