Stripe('pk_live_y0y0xJ3CPSzQgd2Nb84xnJ6p')
