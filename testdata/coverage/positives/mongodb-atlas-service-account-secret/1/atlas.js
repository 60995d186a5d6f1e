const apiKey = process.env.MONGODB_API_KEY || 'mdb_sa_sk_SPGHsTRWWm8xLMN4hQHn_BmikiN3FRvmEtZIEHS4';
