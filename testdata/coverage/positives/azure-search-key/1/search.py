client = SearchClient(endpoint, "hotels", AzureKeyCredential("tcmzv3pdGv0V0U7HDAfXiSqSvnOBn9YPbSPR5ab83AAzSeCq7nmz"))
