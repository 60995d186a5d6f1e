picovoice_access_key = "KxhVT0pShxUtmWxixYw6urTNUDryt4iNb5jBrP5z1gI0hLZJ+4eEXr=="
