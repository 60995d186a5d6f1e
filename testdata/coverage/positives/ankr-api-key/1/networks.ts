bsc: 'https://rpc.ankr.com/bsc/946af40443170bcaf4ee07abb5a339cf0b7ac6d8142eba573d1e84adb07ec130',
