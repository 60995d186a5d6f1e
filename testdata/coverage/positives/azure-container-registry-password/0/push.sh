docker login myregistry.azurecr.io -u myregistry -p 'bm1FvR0mRXYhqGvlftMTkkotsJxsK7M1+hD7DSLnOs+ACRBC72kh'
