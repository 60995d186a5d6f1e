git clone https://user:ATBBiLqkoIXXfLMS1afKBQAISn2EafN61B611631@bitbucket.org/team/repo.git
