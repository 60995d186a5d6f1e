String serverPath = "http://maker.ifttt.com/trigger/discord/json/with/key/key";
