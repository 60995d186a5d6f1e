netbird up --management-url https://netbird.example.com --setup-key D28C130E-4807-F2EB-7F46-66628CA8E56B
