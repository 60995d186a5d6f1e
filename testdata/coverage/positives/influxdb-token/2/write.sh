influx write --bucket metrics --org acme --token CQkoqhNCI7ua7iVgZuCLmG66mVEwzBuK_JoAOqowskpW3cmG7YnNVSyz1IsmC5Ilw5iOvy2JT89sFKC-qUkGLw== --file data.lp
