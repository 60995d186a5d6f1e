curl -H 'Authorization: App c80d1dd81a197a1564e58e0fee05a755-12f29b54-4382-0608-bfc2-07e678c856c6' https://xk2e.api.infobip.com/sms/3/messages
