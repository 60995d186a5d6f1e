pushbullet_key = "o.zbebeqzvni4MK1W1RSskbulhRhROdt0z"
