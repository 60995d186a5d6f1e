curl -H "Circle-Token: CCIPRJ_X37AzoD38McJQCmcIvttKZ_7fdbdcc5de3e0af919f51e048c27bbfc0230eab0" https://circleci.com/api/v2/me
