curl -H "Authorization: PVEAPIToken=root@pam!monitoring=${PVE_SECRET}" https://pve.example.com:8006/api2/json/nodes
