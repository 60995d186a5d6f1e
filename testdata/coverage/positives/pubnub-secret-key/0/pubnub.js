const pubnub = new PubNub({ publishKey: 'pub-c-560ad257-355f-85df-8ee0-918d4ddd2146', secretKey: 'sec-c-Mjg0Nzc2MDYtZDFhOS02NzNlLTcxNWYtZTIxZmQzYjcxNWQy' });
