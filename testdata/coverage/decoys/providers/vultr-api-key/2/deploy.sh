VULTR_API_KEY="${1:?Usage: $0 <key>}"
