curl -H "Authorization: Bot ODI2MzY4NjY2MTU4OTA4MDYy.yCyPiO.kCAUIUhJfFQgBa84utuil2KmdvzKUhMO1VzUuJ" https://discord.com/api/v10/users/@me
