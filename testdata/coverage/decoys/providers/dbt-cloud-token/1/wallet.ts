const tx = buildTx({ txType: 'dbtc_mint' });
