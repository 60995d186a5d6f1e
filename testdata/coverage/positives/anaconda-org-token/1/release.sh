anaconda -t an-4d4cc2c1-ecdb-1441-3cb2-ee2b738e3400 upload dist/*.conda
