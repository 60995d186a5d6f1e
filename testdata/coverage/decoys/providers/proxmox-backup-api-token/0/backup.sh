export PBS_PASSWORD="$(cat /run/secrets/pbs)"
