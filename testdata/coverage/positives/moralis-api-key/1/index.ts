await Moralis.start({ apiKey: moralisApiKey = "d8ymU7KZzMJLpUBItL8MIOvBJNZUDmDPIeHEohqIhgMV2npncHqZKRGWyISquT6d" });
