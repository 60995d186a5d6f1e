flagsmith = Flagsmith(environment_key="x")
FLAGSMITH_SERVER_KEY = "ser.Y7m4ZfEvkoxXorOtMGLIx8"
