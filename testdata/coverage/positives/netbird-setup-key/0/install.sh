netbird up --management-url https://netbird.example.com --setup-key 4EAB41FB-83CA-13B4-44D2-8C130E4807F2
