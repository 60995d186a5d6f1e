const factory = SplitFactory({ core: { authorizationKey: x } });
const splitioApiKey = '92y6la3nmvaizrdulogjq5ee1tv6r61pxjs7';
