c.access_token = ENV['ROLLBAR_ACCESS_TOKEN']
