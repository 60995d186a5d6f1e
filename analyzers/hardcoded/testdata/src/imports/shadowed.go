package imports

import "strings"

// os is a local name here: the fix cannot write os.Getenv, so there is none.
func shadowed() string {
	os := strings.ToUpper("linux")
	return os + "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" // want `github-pat: `
}
