curl https://api.postmarkapp.com/email -H "X-Postmark-Server-Token: 3e6ae910-1ea9-ef00-2c29-a15d95508ec5"
