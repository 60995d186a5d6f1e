const webhookUrl = 'https://hooks.zapier.com/hooks/catch/42575581/yw9591j/';
