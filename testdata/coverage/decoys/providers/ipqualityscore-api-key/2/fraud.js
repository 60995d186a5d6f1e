fetch(`https://ipqualityscore.com/api/json/ip/${key}/${ip}`);
