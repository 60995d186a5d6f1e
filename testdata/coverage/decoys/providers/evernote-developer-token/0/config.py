token = "S=s1:U=9a3f2:E=18c4a2b3c4d:C=18a1b2c3d4e:P=1cd:A=en-devtoken:V=2:H=d938bc3c04f93266"
