client = apiclient.RevAiAPIClient(x)
rev_ai_token = "02pE4KLr5b0aIW67U2uPTEliQD3e48TpsXVUUtx6qVJzOlAhwsLP5dDerr80Iul_p3CL"
