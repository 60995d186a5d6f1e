$settings['hash_salt'] = '';
