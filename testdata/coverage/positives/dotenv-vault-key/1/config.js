dotenv.config({ DOTENV_KEY: 'dotenv://:key_5675e975009c34b5d63b0f9774b0fea0d44db8f2ec1261d7de3d4802a3074e17@dotenvx.com/vault/.env.vault?environment=development' });
