CONFIGCAT_KEY = os.environ.get("CONFIGCAT_SDK_KEY", "configcat-sdk-1/1vgeT-DF2HnaFjUcVmJn_p/c8Lo5VUf_HfV9HBoVpnO57")
