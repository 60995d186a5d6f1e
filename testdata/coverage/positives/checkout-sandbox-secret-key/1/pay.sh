curl https://api.sandbox.checkout.com/payments -H 'Authorization: Bearer sk_sbox_s5wye5b5xtkfmxfjhryg26rsh7j'
