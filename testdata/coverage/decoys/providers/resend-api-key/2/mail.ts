const key = 're_Jh7OZWC5_Y7semJlBlxdvewf2YfqQ3mv';
