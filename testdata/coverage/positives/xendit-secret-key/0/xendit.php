$apiKey = "xnd_development_75F8ELkMIHpKLiVfHVSmmf8FYJHC3psxdZTpz55CrWsPN2aVzOPl682Y4pygH2"; // Secret API key
