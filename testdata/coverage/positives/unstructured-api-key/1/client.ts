const unstructuredApiKey = "kN8PBWesjMQduglKnMjQzXaVJJ5aGo";
