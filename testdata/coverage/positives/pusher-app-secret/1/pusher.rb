Pusher.secret = 'x'
pusher_secret = '5c8146effa557205dc48'
