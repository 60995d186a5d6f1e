const unsplashSecretKey = 'jiNwMbEnK2SDRe0GBzNxMYjqGxQNh3UBDz5BoUbb_tS';
