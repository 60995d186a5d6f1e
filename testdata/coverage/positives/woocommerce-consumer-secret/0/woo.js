const api = new WooCommerceRestApi({ url, consumerKey: 'ck_c17e43e567f377a7ac32e36d9bc878e3b4b9007e', consumerSecret: 'cs_46eacbd555766d8e7e41a52bface9a4c4e4f23a8', version: 'wc/v3' });
