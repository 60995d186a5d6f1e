curl "https://api.postman.com/collections/1?access_key=PMAT-6EAZNDR2MZFWEHW6BG8BC6V5ZK"
