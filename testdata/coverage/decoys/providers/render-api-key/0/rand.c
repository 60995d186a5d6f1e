static int rnd_seed_initialised_value_x = 0;
