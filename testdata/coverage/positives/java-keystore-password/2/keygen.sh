keytool -genkeypair -keystore server.jks -storepass sVKRlww7qMiz -alias tls
