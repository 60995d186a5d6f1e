const webflow = new WebflowClient({ accessToken: x }); const webflowToken = 'd602f3f5a3b101c62fa755a7cc1bc5f8d1d1fa437a0bf5bbab5edc5f52e94954';
