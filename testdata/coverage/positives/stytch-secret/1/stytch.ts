new Client({ project_id: "project-test-1d93c7f3-8be8-5940-2679-46c8e03aa8c9", secret: "secret-test-v__qM1cQ46ZF41gY6gsUP4rwLTD7qLyGRLF=" });
