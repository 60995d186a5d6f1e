const t = 'IST.notajwt.9AuRM4faZOR1xtW98new';
