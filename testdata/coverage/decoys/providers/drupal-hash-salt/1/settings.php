$settings['hash_salt'] = file_get_contents('/home/example/salt.txt');
