const SBOX_KEY = 'sk_sbox_zatcaconnect_uat_v1';
