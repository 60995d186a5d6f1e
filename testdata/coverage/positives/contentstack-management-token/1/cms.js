module.exports = { contentstackManagementToken: "cs298aa441fe67d26a24039790" };
