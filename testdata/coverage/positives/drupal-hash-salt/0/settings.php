$settings['hash_salt'] = 'KbUBfrIjMahzbUkkdCY8hzwukYwXvSern_E2Wm2CYsK4OFmb15UZkjPS_Oe7pPjF1T_As5czyN';
