choco apikey --key $env:CHOCO_TOKEN --source https://push.chocolatey.org/
