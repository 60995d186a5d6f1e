curl https://shop.example/wp-json/wc/v3/orders -u ck_b191bddb696e01bc1963f0d357fecd980181ce0b:cs_2d61bc8dae3889c221777db274ce0f658b9d829b
