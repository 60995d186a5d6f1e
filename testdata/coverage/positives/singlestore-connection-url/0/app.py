conn = s2.connect("singlestoredb://admin:LSHn7f7Zh_yNPmqFIQ@svc-1.singlestore.com:3306/app")
