// Package engine gives the analyzers their rules engine, built once per
// process and configuration: go vet starts one process per package, and
// building the engine costs more than scanning a package.
//
// The configuration is the one `secretvet scan` would use at the module
// root: a .secretvet.toml or .gitleaks.toml found in the package's folder
// or a parent up to the folder that holds go.mod, else the default rules. A
// project's declared fixtures and allowlists thus apply under go vet too.
package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/secretvet/secretvet/rules"
)

// MaxDecodeDepth is how many rounds of decoding (base64, hex, percent…) the
// analyzers run. Go constants rarely hide secrets under more than two.
const MaxDecodeDepth = 2

var (
	mu      sync.Mutex
	engines = map[string]*rules.Engine{} // by config path; "" is the default set
)

// Default returns the engine for the default rule set.
func Default() (*rules.Engine, error) { return load("") }

// ForPass returns the engine for the package of pass: the config is looked
// for from the folder of its files; outside a module (GOPATH mode, as in
// analysistest) the default rules apply.
func ForPass(pass *analysis.Pass) (*rules.Engine, error) {
	if pass.Module == nil || pass.Module.Path == "" {
		return Default()
	}
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.Pos()); tf != nil {
			return ForDir(filepath.Dir(tf.Name()))
		}
	}
	return Default()
}

// ForDir returns the engine for the package in dir (see the package doc).
func ForDir(dir string) (*rules.Engine, error) { return load(configFor(dir)) }

func load(config string) (*rules.Engine, error) {
	mu.Lock()
	defer mu.Unlock()
	if e := engines[config]; e != nil {
		return e, nil
	}
	var cfg *rules.Config
	var err error
	if config == "" {
		cfg, err = rules.Default()
	} else {
		cfg, err = rules.Load(config)
	}
	if err != nil {
		return nil, fmt.Errorf("loading the rules: %w", err)
	}
	e := rules.New(cfg, rules.Options{MaxDecodeDepth: MaxDecodeDepth})
	engines[config] = e
	return e, nil
}

// configFor finds the rule config that applies to dir, or "".
func configFor(dir string) string {
	if dir == "" {
		return ""
	}
	for d := dir; ; {
		for _, n := range []string{".secretvet.toml", ".gitleaks.toml"} {
			if p := filepath.Join(d, n); isFile(p) {
				return p
			}
		}
		if isFile(filepath.Join(d, "go.mod")) {
			return ""
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}
