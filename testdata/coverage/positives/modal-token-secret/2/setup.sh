modal token set --token-id ak-yrWxArbGH1I8Nss2bYIclv --token-secret as-SHV7tbFgv1w5PeBtRuhwLY
