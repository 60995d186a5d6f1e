client = StreamChat(api_key=key, api_secret=stream_api_secret := '9hl7smvidaw0qjzhbknkh7aw5jjcdpa2lyw5vp702pfb76kp41sdx4gz6hcoatnv')
