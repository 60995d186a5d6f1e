vault operator unseal "$VAULT_UNSEAL_KEY_1"
