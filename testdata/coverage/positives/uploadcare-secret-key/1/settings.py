UPLOADCARE = {'pub_key': '0c66b09eb8788202efec', 'secret': uploadcare_secret := '06debb7679da81f19155'}
