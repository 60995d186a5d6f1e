oracle_customer_secret = "mZeqUmu7vXPuQRTpF+5Jh2IKw0/yHx0USJ66HkJiLwM="
