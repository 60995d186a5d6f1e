ngrok config add-authtoken $NGROK_AUTHTOKEN
