$uptimerobot_key = 'm849401627-d1be3fe9629cd304db563bde';
