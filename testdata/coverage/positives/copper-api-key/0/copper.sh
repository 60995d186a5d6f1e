curl -H "X-PW-AccessToken: eea2e8ae017971896079a9b082f7c08f" -H "X-PW-Application: developer_api" https://api.copper.com/developer_api/v1/account
