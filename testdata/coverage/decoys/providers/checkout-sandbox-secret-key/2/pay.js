key: 'sk_sbox_3t5wcs6jqvmrn4zxwcoqhsjr5'
