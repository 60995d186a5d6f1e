Rollbar.configure { |c| c.access_token = 'x' }
ROLLBAR_ACCESS_TOKEN = 'e62cdd26e4fb8204208e981d6d4db0ff'
