const mp = new MercadoPago('APP_USR-a082d887-2d01-85e0-82b6-cadbefa8eb81');
