new braintree.BraintreeGateway({ accessToken: 'access_token$sandbox$lw13c7tj2o5gtmbg$abbb622d5194c2ca9fe388aef42caf1c' });
