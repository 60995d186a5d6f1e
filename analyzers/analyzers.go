package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/secretvet/secretvet/analyzers/embedded"
	"github.com/secretvet/secretvet/analyzers/hardcoded"
)

// All returns every secretvet analyzer: hardcoded (Go string constants) and
// embedded (files embedded with //go:embed).
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{hardcoded.Analyzer, embedded.Analyzer}
}
