netbird up --setup-key "$NB_SETUP_KEY"
