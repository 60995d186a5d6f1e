const commercetoolsClientSecret = '0BrDkQx3eYx9TnkgJvLNyO7HkM2fu8OK';
