package report

import (
	"strings"
	"testing"

	"github.com/secretvet/secretvet/finding"
)

func TestSecretText(t *testing.T) {
	secret := "ghp_" + strings.Repeat("a1B2", 9)
	tests := []struct {
		name string
		f    finding.Finding
		o    Options
		want string
	}{
		{"redacted by default", finding.Finding{Secret: secret, Redacted: "ghp_********"}, Options{}, "ghp_********"},
		{"falls back to Redact", finding.Finding{Secret: secret}, Options{}, finding.Redact(secret)},
		{"shown on request", finding.Finding{Secret: secret, Redacted: "x"}, Options{ShowSecrets: true}, secret},
		{"nothing to show", finding.Finding{Redacted: "ab********"}, Options{ShowSecrets: true}, "ab********"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SecretText(&tt.f, tt.o); got != tt.want {
				t.Errorf("SecretText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOrdered(t *testing.T) {
	in := &finding.Result{Findings: []finding.Finding{
		{Path: "b.ts", Line: 1, Column: 1, RuleID: "r"},
		{Path: "a.ts", Line: 9, Column: 1, RuleID: "r"},
		{Path: "a.ts", Line: 2, Column: 5, RuleID: "z"},
		{Path: "a.ts", Line: 2, Column: 5, RuleID: "a"},
		{Path: "a.ts", Member: "m", Line: 1, Column: 1, RuleID: "r"},
	}}
	got := Ordered(in)
	var keys []string
	for _, f := range got.Findings {
		keys = append(keys, f.Location()+" "+f.RuleID)
	}
	want := "a.ts:2:5 a|a.ts:2:5 z|a.ts:9:1 r|a.ts!m:1:1 r|b.ts:1:1 r"
	if s := strings.Join(keys, "|"); s != want {
		t.Errorf("order = %s, want %s", s, want)
	}
	if in.Findings[0].Path != "b.ts" {
		t.Error("Ordered changed its input")
	}
	if got.Skipped == nil || got.Stale == nil {
		t.Error("nil lists in ordered result")
	}
	if empty := Ordered(nil); empty.Findings == nil || len(empty.Findings) != 0 {
		t.Errorf("Ordered(nil) = %+v", empty)
	}
}
