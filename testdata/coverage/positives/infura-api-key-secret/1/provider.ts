const infuraProjectSecret = 'c52f19af21d9bcf677e61f71dbc76526';
