package suppress

import "strings"

// inlineMarkers are the comments that accept the secret on their line. The
// gitleaks one is honoured so that a repository moving from gitleaks keeps
// its accepted lines.
var inlineMarkers = []string{"secretvet:allow", "gitleaks:allow"}

// InlineAllowed reports whether a physical line carries a marker that
// accepts the secrets on it: secretvet:allow, gitleaks:allow, or a
// golangci-lint style //nolint directive naming secretvet
// (//nolint:secretvet, //nolint:gosec,secretvet). Any reason may follow the
// marker. A bare //nolint does not count: it is too easy to write for
// another linter and would silence a secret by accident.
func InlineAllowed(line string) bool {
	lower := strings.ToLower(line)
	for _, m := range inlineMarkers {
		if strings.Contains(lower, m) {
			return true
		}
	}
	rest := lower
	for {
		i := strings.Index(rest, "nolint:")
		if i < 0 {
			return false
		}
		rest = rest[i+len("nolint:"):]
		list := rest
		if j := strings.IndexAny(list, " \t/"); j >= 0 {
			list = list[:j]
		}
		for _, name := range strings.Split(list, ",") {
			if name == "secretvet" {
				return true
			}
		}
	}
}
