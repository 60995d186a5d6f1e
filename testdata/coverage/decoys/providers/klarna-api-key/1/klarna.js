Klarna.init({ clientId: 'klarna_test_client_Z8Mzs967eaqmKD63SIxJgL3psmyPvkzgYvfnzyIkg9DIDAJZ7SdJSajcTIlP' });
