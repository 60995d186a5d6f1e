SSHPASS=$(vault read x) sshpass -e ssh deploy@host
