curl -H "CF-Access-Client-Id: 3aa022866509c98e5f0ae58a8e0cedb9.access"
