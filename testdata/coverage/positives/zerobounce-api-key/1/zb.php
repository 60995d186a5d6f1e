$zerobounceApiKey = 'bedf893f78ea080d6d98b85446a47594';
