terminus auth:login --machine-token="$TERMINUS_MACHINE_TOKEN"
