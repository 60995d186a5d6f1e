const moonshotApiKey = "sk-bH3XENgE4QScyUmlGvdB5Y4c2fIzc2VfJIfHvJwofbsiAGwm";
