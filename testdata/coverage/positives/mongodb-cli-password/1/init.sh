mongosh admin -u root -p 'zjsGqzzW0!xqCqMVur' --eval 'db.getUsers()'
