broker_url = 'amqps://svc:aSuhg8W2bNaT49gyNN98@b-123.mq.example.net:5671'
