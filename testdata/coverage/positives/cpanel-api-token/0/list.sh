curl -H'Authorization: cpanel acme:R5QYG9KGDVQ41T5ENWH9AP621MM082F1' 'https://example.com:2083/execute/Email/list_pops'
