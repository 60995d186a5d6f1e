curl -H "X-Authentication: $(cat ~/.puppetlabs/token)" https://puppet.example.com:8143/rbac-api/v1/users
