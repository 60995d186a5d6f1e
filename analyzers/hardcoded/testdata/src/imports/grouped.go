package imports

import (
	"strings"
)

func grouped() []string {
	return strings.Fields("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") // want `github-pat: `
}
