curl -H "Authorization: Basic klarna_live_api_FWVGE0Ui7enHGY7j/AObcoibmRHkltEOjgtIV6LQX52o4oUPBfTuw7odrcaz" https://api.klarna.com/payments/v1/sessions
