const hereApiKey = 'ARst6aNE0YnbR4SEsld6Xy_SLYQ0_Tpu-DuKItJbO5e';
