package finding

import (
	"regexp"
	"strings"
)

// dynatraceID is a Dynatrace token's identifier, prefix.public, followed by
// the dot before the secret part: the part the documentation says is safe
// to show. Anything else that merely starts with dt0 is redacted as any
// secret is.
var dynatraceID = regexp.MustCompile(`^dt0[a-z][0-9]{2}\.[A-Za-z0-9-]{8,128}\.`)

// Redact masks a secret for display. A Dynatrace token keeps its identifier
// (prefix and public part), which the Dynatrace documentation says is safe
// to log, and masks the secret part. Other secrets keep a short prefix
// (enough to recognise a provider's token type) when they are long enough
// that the prefix reveals little.
func Redact(secret string) string {
	if m := dynatraceID.FindStringIndex(secret); m != nil {
		return secret[:m[1]] + strings.Repeat("*", 8)
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
