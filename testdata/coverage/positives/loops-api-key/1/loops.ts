const loopsApiKey = "253e1c2f608bca877134a1c1fe87371d";
