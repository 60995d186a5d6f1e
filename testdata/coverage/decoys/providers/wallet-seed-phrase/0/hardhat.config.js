accounts: { mnemonic: "test test test test test test test test test test test junk" },
