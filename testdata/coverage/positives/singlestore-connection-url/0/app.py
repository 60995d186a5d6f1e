conn = s2.connect("singlestoredb://admin:WYDkD8rNQ*juVyENhX@svc-1.singlestore.com:3306/app")
