curl -H "Authorization: Bearer bkua_07f68cd655b8ebf328993ce0bd05dd124582361d" https://api.buildkite.com/v2/builds
