const url = `http://api.scraperapi.com?api_key=491cf7be94281eb2534d86cc142b2e8f&url=${target}`;
