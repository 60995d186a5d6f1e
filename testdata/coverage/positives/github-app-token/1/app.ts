const octokit = new Octokit({ auth: "ghu_gi5Qaa3CSgtOeyZyva7IpGOEv1vmiS0Cpz53" });
