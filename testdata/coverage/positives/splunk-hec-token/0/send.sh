curl -k https://splunk:8088/services/collector -H "Authorization: Splunk d5a3e1a4-8384-c2ba-3f7f-46ff17f921a3" -d '{}'
