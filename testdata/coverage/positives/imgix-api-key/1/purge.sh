curl -H "Authorization: Bearer ak_01e3841cc9d03ba0e909957e98bd63f6fb22d77f90ac78ba0c47a90f91781e0f" https://api.imgix.com/api/v1/purge
