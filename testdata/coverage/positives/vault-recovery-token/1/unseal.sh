vault operator generate-root -decode=x
curl -H "X-Vault-Token: hvr.cd9iY3lutTnZuyyiZaMrFdZjd2aB" $VAULT_ADDR/v1/sys/raw
