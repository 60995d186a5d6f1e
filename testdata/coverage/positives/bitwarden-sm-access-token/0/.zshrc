export BWS_ACCESS_TOKEN=0.b94152ca-55ad-64ab-a6fb-af1020283eec.4fRh4sSNctH8XJBHECbwTgu3xTbllz:YawxKwgH9qxkGm8qQsw+vg==
