headers = {'Authorization': 'Token ' + (tiingo_token := '5bf386f5daa394c975ecad3d29ed9dd5441d2861')}
