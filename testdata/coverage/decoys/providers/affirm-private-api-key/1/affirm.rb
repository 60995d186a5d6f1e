c.affirm_private_key = ENV['AFFIRM_PRIVATE_API_KEY']
