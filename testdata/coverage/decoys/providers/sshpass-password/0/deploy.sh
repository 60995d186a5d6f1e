sshpass -p "$SSH_PASS" ssh deploy@host
