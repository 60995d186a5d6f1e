package imports

import (
	"fmt"
	goos "os"
)

var renamed = "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" // want `github-pat: `

func host() string { h, _ := goos.Hostname(); return fmt.Sprint(h) }
