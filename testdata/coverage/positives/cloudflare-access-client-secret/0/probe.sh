curl -H "CF-Access-Client-Id: 3a07303871737dcfb46ffeb5b081dcf6.access" -H "CF-Access-Client-Secret: 1aaae9c616d470e620abb4206d1a1e83b546cc75690b59386a3a17a368d54377" https://app.example.com
