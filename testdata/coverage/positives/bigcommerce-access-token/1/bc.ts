const bigCommerce = new BigCommerce({ storeHash, bigcommerceToken: 'twibhp9hxdmnkqe7fkbf13ozs3q6tw1' });
