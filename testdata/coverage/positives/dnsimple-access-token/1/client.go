client := dnsimple.NewClient(dnsimple.StaticTokenHTTPClient(ctx, "dnsimple_u_86j1gT4fO3BlTii3NaCyo1dglPYm0Dcc"))
