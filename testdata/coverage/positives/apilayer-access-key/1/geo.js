fetch('http://api.ipstack.com/134.201.250.155?access_key=e7930cebeaf1c67bb0d27f07c4740268');
