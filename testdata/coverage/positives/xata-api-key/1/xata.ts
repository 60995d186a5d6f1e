const xata = new XataClient({ apiKey: "xau_N77udlSSmvAAKB8ztvFEDfhL1OBnbT9lR" });
