const notion = new Client({ auth: "secret_pGPBtys6JpZPAv3RBz26t9432Hrow22JQ62cA8WJNkK" });
