package imports

import (
	"fmt"
	goos "os"
)

var renamed = "ghp_59yvKqFSgqonVF08wPrTOzMJBCPen2xEda4o" // want `github-pat: `

func host() string { h, _ := goos.Hostname(); return fmt.Sprint(h) }
