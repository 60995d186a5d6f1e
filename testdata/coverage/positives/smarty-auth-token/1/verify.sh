curl 'https://us-street.api.smarty.com/street-address?auth-id=774034f1-5c12-a6eb-5aee-d1a5d84fdbbf&auth-token=wQjhIEmBKGIERT47zuYe&street=1+Main'
