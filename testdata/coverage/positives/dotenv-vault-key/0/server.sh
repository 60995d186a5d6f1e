heroku config:set DOTENV_KEY="dotenv://:key_b950864ddf22402d4c3a049bd1316afc7429fde9b1de69558ae553a0c0cf0747@dotenv.org/vault/.env.vault?environment=production"
