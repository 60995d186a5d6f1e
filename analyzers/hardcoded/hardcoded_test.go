package hardcoded_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/secretvet/secretvet/analyzers/hardcoded"
)

// TestFixes checks diagnostics and, against the .golden files, the fixes.
func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), hardcoded.Analyzer,
		"tokens", "sinks", "names", "imports")
}

// TestNoFixes checks packages whose diagnostics carry no fix, or that have
// none: uses of another package's constants, decoys, suppression markers.
func TestNoFixes(t *testing.T) {
	for _, r := range analysistest.Run(t, analysistest.TestData(), hardcoded.Analyzer,
		"vendorconsts", "usesconsts", "decoys", "suppressed") {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 && r.Pass.Pkg.Path() == "usesconsts" {
				t.Errorf("%v: a use of another package's constant got a fix", r.Pass.Fset.Position(d.Pos))
			}
		}
	}
}

// TestGoldenCompiles type-checks each package with its files replaced by
// their .golden files: a fix must leave code that compiles.
func TestGoldenCompiles(t *testing.T) {
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	overlay := map[string][]byte{}
	goldens, _ := filepath.Glob(filepath.Join(testdata, "src", "*", "*.go.golden"))
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		overlay[strings.TrimSuffix(g, ".golden")] = data
	}
	if len(overlay) == 0 {
		t.Fatal("no golden files")
	}
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir:     testdata,
		Env:     append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off"),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, "tokens", "sinks", "names", "imports")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
}
