'secretKey' => 'sec-c-bar',
