package imports

import (
	"strings"
)

func grouped() []string {
	return strings.Fields("ghp_59yvKqFSgqonVF08wPrTOzMJBCPen2xEda4o") // want `github-pat: `
}
