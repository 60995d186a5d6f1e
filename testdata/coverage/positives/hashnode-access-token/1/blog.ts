const hashnodeToken = "f079b123-d18b-e994-83a9-b32ca5d1b7a1";
