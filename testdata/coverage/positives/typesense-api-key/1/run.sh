typesense-server --data-dir /data --api-key=E3flKSlpcJuZqvZSRoUMwWZYQmTLAHwU --enable-cors
