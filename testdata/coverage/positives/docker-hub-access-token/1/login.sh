echo dckr_oat_WYpnaN_51AFasZeyQyThN9q7x-EcHnH4 | docker login -u demo --password-stdin
