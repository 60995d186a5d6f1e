const cko = new Checkout('sk_nfg4wwlxqrsvhqkdnc4o5llstdj');
