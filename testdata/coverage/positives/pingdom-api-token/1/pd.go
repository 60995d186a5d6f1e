pingdomToken := "5Xx_526lGgyX_tHux2HrHeSSMMVA4Z7iTw5HmzX-VHb1tGp2OMSkWirs-ocf29mj"
