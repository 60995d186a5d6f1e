headers = {"Authorization": "Basic SuI7cM+wiU3i/SfFULEBsBUzlp5LcDR/"}
