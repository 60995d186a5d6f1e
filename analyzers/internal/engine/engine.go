// Package engine gives the analyzers the default rules engine, built once per
// process: go vet starts one process per package, and building the engine
// (loading and compiling some 230 rules) costs more than scanning a package.
package engine

import (
	"fmt"
	"sync"

	"github.com/secretvet/secretvet/rules"
)

// MaxDecodeDepth is how many rounds of decoding (base64, hex, percent…) the
// analyzers run. Go constants rarely hide secrets under more than two.
const MaxDecodeDepth = 2

var (
	once sync.Once
	eng  *rules.Engine
	err  error
)

// Default returns the engine for the default rule set. Every call returns
// the same engine (or the same error).
func Default() (*rules.Engine, error) {
	once.Do(func() {
		cfg, cerr := rules.Default()
		if cerr != nil {
			err = fmt.Errorf("loading the default rules: %w", cerr)
			return
		}
		eng = rules.New(cfg, rules.Options{MaxDecodeDepth: MaxDecodeDepth})
	})
	return eng, err
}
