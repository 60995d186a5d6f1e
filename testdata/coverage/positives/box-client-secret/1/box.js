const sdk = new BoxSDK({ boxDeveloperToken: 'p2vtyrvKjm5afp6Mlt6agVHxKt8weK6O' });
