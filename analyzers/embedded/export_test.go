package embedded

// ParsePatterns is parsePatterns, for the external test.
var ParsePatterns = parsePatterns
