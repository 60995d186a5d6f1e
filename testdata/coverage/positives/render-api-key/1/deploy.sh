curl -H "Authorization: Bearer rnd_XblJbtGgLMgLWzYRv13ttGFVVpJpJgrk" https://api.render.com/v1/services
