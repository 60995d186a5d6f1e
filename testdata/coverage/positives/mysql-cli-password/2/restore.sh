mysql -pMYtqGLpCW-8IZ9tf8q app < dump.sql
