const logger = pino({ betterStackToken: 'CKjDJcSt0wLG4tobat31kKoT' });
