define( 'AUTH_KEY',         'put your unique phrase here' );
