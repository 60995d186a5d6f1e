mastodon_token = "fp_nMIWOqU5pzPtYwqbQO9eCaH3lm-liVwhH6emHSNc"
