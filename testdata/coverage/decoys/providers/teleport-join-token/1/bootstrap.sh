teleport start --token="$TELEPORT_JOIN_TOKEN"
