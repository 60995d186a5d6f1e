const uri = 'mongodb://root:jGhNLqfl~uEzGDPNop4M@mongo-0,mongo-1:27017/admin';
