package analyzers

import "golang.org/x/tools/go/analysis"

// All returns every secretvet analyzer.
func All() []*analysis.Analyzer {
	return nil
}
