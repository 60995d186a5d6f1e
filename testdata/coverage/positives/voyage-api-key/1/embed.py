vo = voyageai.Client(api_key="pa-RdjoOLPddiKA-zKb4piBwAMxBNNDfekDO2pF_edW-cj")
