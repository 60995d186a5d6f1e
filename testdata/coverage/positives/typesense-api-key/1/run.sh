typesense-server --data-dir /data --api-key=hOd1EjXlG05AnxfraApLyHlVyvvqn9q8 --enable-cors
