Client("ACb6595d5ef5728fe34e884103aef991e4", twilio_token)
twilio_token = "69cd249cb2679da92864351c3c10cc6a"
