const mailerSend = new MailerSend({ apiKey: "mlsn.cf3c5b37b992203deabf636fdf232be7ddd821f73e1b71d157f20ed744668052" });
