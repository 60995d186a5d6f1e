choco apikey --key 3ad9eb52-4e0e-c3f6-7302-1ee7d545bc3f --source https://push.chocolatey.org/
