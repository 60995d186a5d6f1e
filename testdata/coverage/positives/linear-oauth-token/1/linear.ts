const linear = new LinearClient({ accessToken: "lin_oauth_53771a83a9b44dd0edebcf158a96b41ec57dbb7c88043253b43b5808dc4363a7" });
