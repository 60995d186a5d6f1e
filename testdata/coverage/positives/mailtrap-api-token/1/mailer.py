client = mt.MailtrapClient(token=MAILTRAP_TOKEN := "3bb7c7ff1dc03aa0da8e74d810d444fc")
