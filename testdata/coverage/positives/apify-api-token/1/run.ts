const client = new ApifyClient({ token: 'apify_api_0ohhJf8mMUayp0MPRzcSEajOgXViZ4HULBfU' });
