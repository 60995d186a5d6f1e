$mollie->setApiKey('x');
$mollie_key = 'test_aitYXdnSyUk6HxIUuDebFSb5k9xJzv';
