const config = { deepgramApiKey: "38fc02b638b554329641772c5234ca2c868e43fb" };
