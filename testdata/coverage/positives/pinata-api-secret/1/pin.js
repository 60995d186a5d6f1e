const pinata = new pinataSDK('858541c82717a4d4c228', pinataSecret = '1686308380b164e984d608fcec959d7e020d5d456d5bf275c6ce3ba0c52a31f1');
