curl -H 'Authorization: PBSAPIToken=backup@pbs!host1:b22d8dc9-eb5d-ec62-101a-2b88bb74734e' https://pbs.example.com:8007/api2/json/status/datastore-usage
