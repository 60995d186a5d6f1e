$merchantAuthentication->setTransactionKey(getenv('AUTHNET_TRANSACTION_KEY'));
