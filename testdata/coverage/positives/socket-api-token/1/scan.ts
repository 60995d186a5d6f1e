const client = new SocketSdk('sktsec_k53CokPY4zIxLoGr3OWX3xN0M1JfpEyWanT5dVZyI5ZZ_api');
