const client = new InfisicalSDK();
const infisicalClientSecret = "3221dd05017e226eccfeb8d7536246c6b8f1ad7ab7c8f12287b71ae2a4229297";
