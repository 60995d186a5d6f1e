package rules

import (
	"regexp/syntax"
	"strings"
	"testing"
)

// TestDynatraceRulesRunOnWindows: every match of a Dynatrace rule holds one
// of its keywords and is bounded in length, so the engine runs the rule only
// on small windows around keyword hits (and loses nothing by doing so).
func TestDynatraceRulesRunOnWindows(t *testing.T) {
	cfg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range cfg.Rules {
		if r.Family != "dynatrace" {
			continue
		}
		n++
		parsed, err := syntax.Parse(r.Pattern().String(), syntax.Perl)
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		if !coverage(parsed, r.Keywords) {
			t.Errorf("%s: a match can miss every keyword %q", r.ID, r.Keywords)
		}
		if l := maxMatchLen(parsed); l == unbounded || l > 512 {
			t.Errorf("%s: matches can be %d bytes long; bound every repeat", r.ID, l)
		}
		for _, k := range r.Keywords {
			if k != strings.ToLower(k) {
				t.Errorf("%s: keyword %q is not lower case", r.ID, k)
			}
		}
	}
	if n == 0 {
		t.Fatal("no Dynatrace rules loaded")
	}
}
