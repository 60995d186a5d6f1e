curl -H"Authorization: cpanel acme:$CPANEL_TOKEN" https://example.com:2083/execute/Email/list_pops
