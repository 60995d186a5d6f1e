curl -X POST https://maker.ifttt.com/trigger/door_open/with/key/IjkqVqdLKsnmjdTlR4BcjC
