aai.settings.api_key = "x"
assemblyai_key = "73221982d6f3f55432c7daf52785f5aa"
