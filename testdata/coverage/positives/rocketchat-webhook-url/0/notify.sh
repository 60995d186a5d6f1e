curl -X POST -d @msg.json https://chat.example.org/hooks/o69TT2mQhJKhA4NbK/vmwrcbdHeeAfJWsYsLJAv6RijhSay3BB4gxzSCs5JshSXkKy
