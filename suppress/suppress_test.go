package suppress

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/finding"
)

const rule = "dynatrace-api-token"

// fakeToken builds a format-valid but fake Dynatrace token whose parts are
// repeated letters, so that no real-looking secret sits in this file.
func fakeToken(c byte) string {
	return "dt0c01." + strings.Repeat(string(c), 24) + "." + strings.Repeat(string(c+1), 64)
}

func mk(ruleID, secret, path string, line int, text string) finding.Finding {
	return finding.Finding{
		RuleID: ruleID, Secret: secret, Path: path, Line: line, LineText: text,
		Fingerprint: finding.Fingerprint(ruleID, secret),
	}
}

func TestInlineAllowed(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{`token := "x" // secretvet:allow`, true},
		{`token := "x" // secretvet:allow test fixture`, true},
		{`TOKEN=x # gitleaks:allow`, true},
		{`token := "x" //nolint:secretvet`, true},
		{`token := "x" //nolint:gosec,secretvet // fixture`, true},
		{`token := "x" // SecretVet:Allow`, true},
		{`token := "x"`, false},
		{`token := "x" //nolint`, false},
		{`token := "x" //nolint:gosec`, false},
		{`token := "x" //nolint:secretvetx`, false},
		{`token := "x" // secretvet: allow`, false},
	}
	for _, tt := range tests {
		if got := InlineAllowed(tt.line); got != tt.want {
			t.Errorf("InlineAllowed(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestApplyInline(t *testing.T) {
	fs := []finding.Finding{
		mk(rule, fakeToken('A'), "a.go", 1, `t := "…" // secretvet:allow fixture`),
		mk(rule, fakeToken('C'), "a.go", 2, `t := "…"`),
	}
	var s *Set // nil set: only inline markers apply
	kept, n, stale := s.Apply(fs)
	if n != 1 || len(kept) != 1 || kept[0].Line != 2 || len(stale) != 0 {
		t.Fatalf("kept %v, suppressed %d, stale %v", kept, n, stale)
	}
}

func TestParseIgnore(t *testing.T) {
	fpA := finding.Fingerprint(rule, fakeToken('A'))
	fpC := finding.Fingerprint(rule, fakeToken('C'))
	fpE := finding.Fingerprint(rule, fakeToken('E'))
	text := "\ufeff# accepted secrets\n\n" +
		fpA + " rotated 2024-01, kept in the docs example\r\n" +
		"  " + strings.ToUpper(fpC) + "   path=testdata/**  test fixture\n" +
		"src/app.js:generic-api-key:12 migrated from .gitleaksignore\n" +
		"0123456789abcdef0123456789abcdef01234567:cfg/x.yaml:" + rule + ":3 history only\n" +
		fpE + " path=/docs example\n"
	s, err := ParseIgnore(strings.NewReader(text), ".secretvetignore")
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 5 {
		t.Fatalf("Len = %d, want 5", s.Len())
	}
	fs := []finding.Finding{
		mk(rule, fakeToken('A'), "anywhere/x.go", 40, ""),         // fingerprint
		mk(rule, fakeToken('C'), "./testdata/deep/f.json", 1, ""), // path-scoped, inside
		mk(rule, fakeToken('C'), "src/f.json", 1, ""),             // path-scoped, outside
		mk("generic-api-key", "abc", `src\app.js`, 12, ""),        // gitleaks entry
		mk("generic-api-key", "abc", "src/app.js", 13, ""),        // other line
		mk(rule, fakeToken('G'), "cfg/x.yaml", 3, ""),             // commit does not match
		mk(rule, fakeToken('E'), "sub/docs/f.md", 1, ""),          // anchored glob, outside
	}
	fs[5].Commit = "fedcba9876543210fedcba9876543210fedcba98"
	kept, n, stale := s.Apply(fs)
	if n != 3 {
		t.Errorf("suppressed %d, want 3; kept %+v", n, kept)
	}
	var keptAt []string
	for _, f := range kept {
		keptAt = append(keptAt, f.Path)
	}
	want := "src/f.json src/app.js cfg/x.yaml sub/docs/f.md"
	if got := strings.Join(keptAt, " "); got != want {
		t.Errorf("kept %q, want %q", got, want)
	}
	if len(stale) != 2 {
		t.Fatalf("stale %+v, want the commit entry and the /docs entry", stale)
	}
	if stale[0].Source != ".secretvetignore:6" || stale[0].Reason != "history only" ||
		!strings.HasPrefix(stale[0].Fingerprint, "0123456789abcdef") {
		t.Errorf("stale[0] = %+v", stale[0])
	}
	if stale[1].Source != ".secretvetignore:7" || stale[1].Fingerprint != fpE {
		t.Errorf("stale[1] = %+v", stale[1])
	}
}

func TestParseIgnoreErrors(t *testing.T) {
	fpA := finding.Fingerprint(rule, fakeToken('A'))
	tests := []struct {
		name, text string
		want       []string
	}{
		{"missing reason", "# c\n" + fpA + "\n", []string{"f:2:", "no reason"}},
		{"missing reason after path", fpA + " path=testdata\n", []string{"f:1:", "no reason"}},
		{"empty glob", fpA + " path= fixture\n", []string{"f:1:", "glob"}},
		{"not a fingerprint", "deadbeef fixture\n", []string{"f:1:", "not a fingerprint"}},
		{"gitleaks bad line", "a.go:rule:x fixture\n", []string{"f:1:", "line"}},
		{"gitleaks no rule", "a.go:3 fixture\n", []string{"f:1:", "no rule"}},
		{"every bad line", "x r\n\n" + fpA + " ok\ny r\n", []string{"f:1:", "f:4:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseIgnore(strings.NewReader(tt.text), "f")
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
	// Valid entries survive next to bad ones.
	s, err := ParseIgnore(strings.NewReader("x r\n"+fpA+" ok\n"), "f")
	if err == nil || s.Len() != 1 {
		t.Errorf("Len %d, err %v; want the valid entry and an error", s.Len(), err)
	}
}

func TestLoadMissingFiles(t *testing.T) {
	dir := t.TempDir()
	s, err := LoadIgnoreFile(filepath.Join(dir, IgnoreFileName))
	if err != nil || s.Len() != 0 {
		t.Errorf("missing ignore file: Len %d, err %v; want empty set, no error", s.Len(), err)
	}
	if _, err := LoadBaseline(filepath.Join(dir, "baseline.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing baseline: err %v, want not-exist", err)
	}
}

func TestContentFingerprint(t *testing.T) {
	accepted := mk(rule, fakeToken('A'), "config/app.yaml", 10, "")
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, []finding.Finding{accepted}); err != nil {
		t.Fatal(err)
	}
	s, err := ParseBaseline(buf.Bytes(), "baseline.json")
	if err != nil {
		t.Fatal(err)
	}

	t.Run("moved finding stays suppressed", func(t *testing.T) {
		moved := mk(rule, fakeToken('A'), "config/renamed.yaml", 57, "")
		moved.Column = 9
		kept, n, stale := s.Apply([]finding.Finding{moved})
		if n != 1 || len(kept) != 0 || len(stale) != 0 {
			t.Errorf("kept %d, suppressed %d, stale %v", len(kept), n, stale)
		}
	})
	t.Run("replaced secret on the same line is reported", func(t *testing.T) {
		replaced := mk(rule, fakeToken('C'), "config/app.yaml", 10, "")
		kept, n, stale := s.Apply([]finding.Finding{replaced})
		if n != 0 || len(kept) != 1 {
			t.Errorf("kept %d, suppressed %d", len(kept), n)
		}
		if len(stale) != 1 || stale[0].Fingerprint != accepted.Fingerprint || stale[0].Source != "baseline.json" {
			t.Errorf("stale %+v, want the accepted entry", stale)
		}
	})
}

func TestBaselineRoundTrip(t *testing.T) {
	a := mk(rule, fakeToken('A'), "a.go", 1, "")
	b := mk(rule, fakeToken('C'), "b.go", 2, "")
	c := mk("generic-api-key", "fake"+strings.Repeat("0", 16), "c.go", 3, "")
	again := mk(rule, fakeToken('A'), "elsewhere.go", 9, "") // same secret elsewhere
	noFingerprint := c
	noFingerprint.Fingerprint = "" // computed from rule and secret

	var one, two bytes.Buffer
	if err := WriteBaseline(&one, []finding.Finding{a, b, c}); err != nil {
		t.Fatal(err)
	}
	if err := WriteBaseline(&two, []finding.Finding{again, noFingerprint, b, a}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(one.Bytes(), two.Bytes()) {
		t.Fatalf("baselines differ:\n%s\n---\n%s", one.Bytes(), two.Bytes())
	}
	out := one.String()
	if !strings.HasSuffix(out, "}\n") || strings.Count(out, "\"fingerprint\"") != 3 {
		t.Errorf("baseline:\n%s", out)
	}
	for _, leak := range []string{fakeToken('A'), "fake0000", "line", "a.go"} {
		if strings.Contains(out, leak) {
			t.Errorf("baseline holds %q:\n%s", leak, out)
		}
	}
	s, err := ParseBaseline(one.Bytes(), "b.json")
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 3 {
		t.Errorf("Len = %d, want 3", s.Len())
	}
	// Written again from what it suppresses, it is the same file.
	kept, n, stale := s.Apply([]finding.Finding{b, c, a})
	if len(kept) != 0 || n != 3 || len(stale) != 0 {
		t.Errorf("kept %d, suppressed %d, stale %v", len(kept), n, stale)
	}
}

func TestWriteBaselineEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, nil); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"version\": 1,\n  \"tool\": \"secretvet\",\n  \"fingerprints\": []\n}\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
	if s, err := ParseBaseline(buf.Bytes(), "b"); err != nil || s.Len() != 0 {
		t.Errorf("Len %d, err %v", s.Len(), err)
	}
}

func TestParseBaselineErrors(t *testing.T) {
	for _, text := range []string{
		`{"version":2,"tool":"secretvet","fingerprints":[]}`,
		`{"version":1,"tool":"detect-secrets","fingerprints":[]}`,
		`{"version":1,"fingerprints":[{"fingerprint":"zz"}]}`,
		`not json`,
		`[{"RuleID":"x","Secret":"REDACTED"}]`,
	} {
		if _, err := ParseBaseline([]byte(text), "b"); err == nil {
			t.Errorf("ParseBaseline(%s): no error", text)
		}
	}
}

func TestGitleaksReportBaseline(t *testing.T) {
	report := `[
 {"RuleID":"` + rule + `","Secret":"` + fakeToken('A') + `","File":"a.go","StartLine":4},
 {"RuleID":"` + rule + `","Secret":"dt0c01.AAAA...","File":"b.go","StartLine":7,"Commit":""}
]`
	s, err := ParseBaseline([]byte(report), "gitleaks.json")
	if err != nil {
		t.Fatal(err)
	}
	fs := []finding.Finding{
		mk(rule, fakeToken('A'), "moved.go", 80, ""), // clear secret: by content
		mk(rule, fakeToken('C'), "b.go", 7, ""),      // redacted: by position
		mk(rule, fakeToken('E'), "b.go", 8, ""),
	}
	kept, n, stale := s.Apply(fs)
	if n != 2 || len(kept) != 1 || kept[0].Line != 8 || len(stale) != 0 {
		t.Errorf("kept %+v, suppressed %d, stale %v", kept, n, stale)
	}
}

func TestMergeAndLoad(t *testing.T) {
	dir := t.TempDir()
	fpA := finding.Fingerprint(rule, fakeToken('A'))
	ign := filepath.Join(dir, IgnoreFileName)
	if err := os.WriteFile(ign, []byte(fpA+" docs example\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(dir, "baseline.json")
	f, err := os.Create(base)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteBaseline(f, []finding.Finding{mk(rule, fakeToken('C'), "x", 1, "")}); err != nil {
		t.Fatal(err)
	}
	f.Close()

	si, err := LoadIgnoreFile(ign)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := LoadBaseline(base)
	if err != nil {
		t.Fatal(err)
	}
	s := si.Merge(sb)
	if s.Len() != 2 || si.Len() != 1 || sb.Len() != 1 {
		t.Fatalf("merged %d from %d and %d", s.Len(), si.Len(), sb.Len())
	}
	_, n, stale := s.Apply([]finding.Finding{mk(rule, fakeToken('A'), "y", 2, "")})
	if n != 1 || len(stale) != 1 || stale[0].Source != base || !strings.Contains(stale[0].Reason, rule) {
		t.Errorf("suppressed %d, stale %+v", n, stale)
	}
	if got := (*Set)(nil).Merge(nil).Len(); got != 0 {
		t.Errorf("nil merge Len = %d", got)
	}
}

// Regression: a marker anywhere in a one-line minified bundle suppressed
// every secret on that line.
func TestMarkerFarAwayOnALongLineDoesNotSuppress(t *testing.T) {
	pad := strings.Repeat("x=1;", 5000)
	near := `var a="SECRETVALUE1234"; // secretvet:allow fixture`
	far := `var d="see secretvet:allow docs";` + pad + `var k="SECRETVALUE1234";`
	for _, tc := range []struct {
		line string
		kept int
	}{{near, 0}, {far, 1}} {
		at := strings.LastIndex(tc.line, "SECRETVALUE1234")
		f := finding.Finding{RuleID: "r", Secret: "SECRETVALUE1234", Fingerprint: finding.Fingerprint("r", "SECRETVALUE1234"),
			LineText: tc.line, SecretInLine: [2]int{at, at + 15}}
		kept, _, _ := (&Set{}).Apply([]finding.Finding{f})
		if len(kept) != tc.kept {
			t.Errorf("line of %d bytes: kept %d, want %d", len(tc.line), len(kept), tc.kept)
		}
	}
}
