package finding

import "strings"

// Redact masks a secret for display. A Dynatrace token keeps its identifier
// (prefix and public part), which the Dynatrace documentation says is safe
// to log, and masks the secret part. Other secrets keep a short prefix
// (enough to recognise a provider's token type) when they are long enough
// that the prefix reveals little.
func Redact(secret string) string {
	if strings.HasPrefix(secret, "dt0") {
		if i := strings.LastIndexByte(secret, '.'); i > 0 && strings.Count(secret, ".") >= 2 {
			return secret[:i+1] + strings.Repeat("*", 8)
		}
	}
	keep := 0
	switch n := len(secret); {
	case n >= 32:
		keep = 6
	case n >= 16:
		keep = 4
	case n >= 10:
		keep = 2
	}
	return secret[:keep] + strings.Repeat("*", 8)
}
