package analyzerdoc

import (
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	const src = `// Package p does things.
//
// # Analyzer one
//
// one: finds the first thing
//
// Longer text about one.
//
// # Analyzer two
//
// two finds nothing
package p
`
	got, err := Extract(src, "one")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, "finds the first thing") || !strings.Contains(got, "Longer text about one.") || strings.Contains(got, "two") {
		t.Errorf("Extract(one) = %q", got)
	}
	if _, err := Extract(src, "two"); err == nil {
		t.Error("section without a summary line: want an error")
	}
	if _, err := Extract(src, "three"); err == nil {
		t.Error("missing section: want an error")
	}
	if _, err := Extract("not go", "one"); err == nil {
		t.Error("not Go: want an error")
	}
}
