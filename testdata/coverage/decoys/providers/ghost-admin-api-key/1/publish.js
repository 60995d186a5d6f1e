const ghostAdminKey = '425243d43ef6991a7de6826b:';
