package imports

import "strings"

// os is a local name here: the fix cannot write os.Getenv, so there is none.
func shadowed() string {
	os := strings.ToUpper("linux")
	return os + "ghp_59yvKqFSgqonVF08wPrTOzMJBCPen2xEda4o" // want `github-pat: `
}
