assemblyai_key = os.getenv("ASSEMBLYAI_API_KEY")
