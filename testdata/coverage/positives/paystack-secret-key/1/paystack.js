const paystack = require('paystack')('sk_test_bd6365b95f2be5fafdbde6182553ee934b07858c');
