curl -H "X-RFToken: 537fde2f3213d0a9b4e5c428453b316e" https://api.recordedfuture.com/v2/ip/1.1.1.1
