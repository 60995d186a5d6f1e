// Command secretvet finds hard-coded secrets and suggests the Dynatrace
// Credential Vault reference that should take their place.
//
// When go vet runs it (go vet -vettool=$(which secretvet)) it speaks the
// unitchecker protocol; otherwise it is the command line of package cli.
package main

import (
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/secretvet/secretvet/analyzers"
	"github.com/secretvet/secretvet/cli"
)

func main() {
	if invokedByGoVet(os.Args[1:]) {
		unitchecker.Main(analyzers.All()...)
		return
	}
	st, err := os.Stdout.Stat()
	terminal := err == nil && st.Mode()&os.ModeCharDevice != 0
	os.Exit(cli.Main(os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Terminal: terminal}))
}

// invokedByGoVet recognises the unitchecker protocol: go vet asks for the
// tool's flags (-flags) and version (-V=full), then passes one *.cfg file
// per package.
func invokedByGoVet(args []string) bool {
	for _, a := range args {
		if a == "-flags" || strings.HasPrefix(a, "-V=") || strings.HasSuffix(a, ".cfg") {
			return true
		}
	}
	return false
}
