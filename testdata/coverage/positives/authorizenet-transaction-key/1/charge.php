$merchantAuthentication->setTransactionKey("nmikoTZbQdR3vZra");
