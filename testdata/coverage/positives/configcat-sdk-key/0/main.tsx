<ConfigCatProvider sdkKey="configcat-sdk-1/G4CdArNzm9EG1ywb2lps_r/v8sKxffK4hbFBOUtTCqjrj">
