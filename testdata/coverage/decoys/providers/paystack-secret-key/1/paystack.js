const key = 'sk_live_f2597865777d45877ded9d4a7aaba2aca7ba545';
