headers: { 'DHL-API-Key': 'JucSpP32mZGk2nSyLqiaCGOVKNXnQYlX' },
