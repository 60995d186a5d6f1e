package rules

import (
	"regexp/syntax"
	"strings"
	"testing"
)

// TestOwnRulesRunOnWindows: every rule of secretvet's own rule files (all
// families, not only Dynatrace) has lower-case keywords that cover every
// match, a bounded match length, and the secretvet metadata that reports
// and `secretvet rules` need. A rule that failed the keyword check would
// run on the whole text of every file and slow every scan down.
func TestOwnRulesRunOnWindows(t *testing.T) {
	cfg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	levels := map[string]bool{"high": true, "medium": true, "low": true}
	n := 0
	for _, r := range cfg.Rules {
		if r.Source == "gitleaks" {
			continue
		}
		n++
		if !r.HasRegex() {
			t.Errorf("%s: no regex", r.ID)
			continue
		}
		parsed, err := syntax.Parse(r.Pattern().String(), syntax.Perl)
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		if len(r.Keywords) == 0 || !coverage(parsed, r.Keywords) {
			t.Errorf("%s: a match can miss every keyword %q", r.ID, r.Keywords)
		}
		if l := maxMatchLen(parsed); l == unbounded || l > 8192 {
			t.Errorf("%s: matches can be %d bytes long; bound every repeat", r.ID, l)
		}
		for _, k := range r.Keywords {
			if k != strings.ToLower(k) {
				t.Errorf("%s: keyword %q is not lower case", r.ID, k)
			}
			if len(k) < 3 {
				t.Errorf("%s: keyword %q is too short to be rare", r.ID, k)
			}
		}
		if !levels[r.Severity] || !levels[r.Confidence] || r.Family == "" || r.Description == "" {
			t.Errorf("%s: severity %q, confidence %q, family %q, description set %v: all are required", r.ID, r.Severity, r.Confidence, r.Family, r.Description != "")
		}
		if r.Validate != "" && r.valid == nil {
			t.Errorf("%s: validate %q is not wired", r.ID, r.Validate)
		}
	}
	if n < 100 {
		t.Fatalf("only %d secretvet rules loaded", n)
	}
}
