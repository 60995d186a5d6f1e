$magentoToken = '3zsosexsp3lti4l51tb8d0x2marvfsi3';
