await fetch(`https://emailvalidation.abstractapi.com/v1/?api_key=70eda2dcdfa421304331dfc5b412607f&email=${e}`);
