gemini_secret = "1hW5wk4xmBzedTwKsAoN3tDGnPY"
