curl -H "xi-api-key: 2909f6de0947e94583f09a3e1fd8b966" https://api.elevenlabs.io/v1/voices
