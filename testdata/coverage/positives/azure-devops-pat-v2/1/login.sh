echo gX11eEPTqlYlu9qIB5jVR2TTkCFp3sUQ6QRdqW8Z4N7DkLZbd2yrHQ29MYWrQLUKDuBTYjelPPmkAZDOINv7 | az devops login --organization https://dev.azure.com/demo
