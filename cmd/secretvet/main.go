// Command secretvet finds hard-coded secrets and suggests the Dynatrace
// Credential Vault reference that should take their place.
//
// When go vet runs it (go vet -vettool=$(which secretvet)) it speaks the
// unitchecker protocol; otherwise it is the command line of package cli.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
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
	stop := startProfile(os.Getenv("SECRETVET_CPUPROFILE"))
	code := cli.Main(os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Terminal: terminal})
	stop()
	os.Exit(code)
}

// startProfile writes a CPU profile to path (SECRETVET_CPUPROFILE), for the
// benchmark scripts; it returns the function that ends it.
func startProfile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "secretvet: SECRETVET_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
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
