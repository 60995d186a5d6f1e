const client = new ImgixClient({ domain, secureURLToken: imgixSigningKey = '98No6z8Sbb70V6PU' });
