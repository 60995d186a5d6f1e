fetch(`http://api.ipstack.com/${ip}?access_key=${key}`);
