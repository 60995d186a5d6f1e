mongosh admin -u root -p 'Fw5Npe3fQ=KHadmHfV' --eval 'db.getUsers()'
