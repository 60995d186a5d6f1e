sshpass -p 'rM7B6YiXtGZ9NpvI' ssh deploy@10.0.0.9 'systemctl restart app'
