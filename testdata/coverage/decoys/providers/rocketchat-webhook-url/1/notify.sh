curl https://chat.example.org/hooks/jt5e3vnmzajHEthp9/WsThCrCSckY7ZY5uoYCKvK6m
