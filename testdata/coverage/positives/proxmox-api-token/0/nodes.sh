curl -H 'Authorization: PVEAPIToken=root@pam!monitoring=08769f36-d0eb-b5a1-8f37-8ef47353870f' https://pve.example.com:8006/api2/json/nodes
