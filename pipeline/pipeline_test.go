package pipeline

import (
	"encoding/base64"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/fragment"
	"github.com/secretvet/secretvet/rules"
)

func fakeToken(prefix string, seed int64) string {
	const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	r := rand.New(rand.NewSource(seed))
	part := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = b32[r.Intn(len(b32))]
		}
		return string(b)
	}
	return prefix + "." + part(24) + "." + part(64)
}

func scanner(t *testing.T) *Scanner {
	t.Helper()
	cfg, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return &Scanner{Engine: rules.New(cfg, rules.Options{MaxDecodeDepth: 2})}
}

func TestPlainFileLocationAndRemediation(t *testing.T) {
	tok := fakeToken("dt0c01", 1)
	src := "package main\n\nconst apiToken = \"" + tok + "\"\n"
	out := scanner(t).File("cmd/x/main.go", []byte(src))
	if len(out.Findings) != 1 {
		t.Fatalf("findings = %+v", out.Findings)
	}
	f := out.Findings[0]
	col := strings.Index("const apiToken = \""+tok, tok) + 1
	if f.Line != 3 || f.Column != col || f.EndLine != 3 || f.EndColumn != col+len(tok) {
		t.Errorf("location %d:%d-%d:%d, want 3:%d-3:%d (end exclusive)", f.Line, f.Column, f.EndLine, f.EndColumn, col, col+len(tok))
	}
	if f.LineText[f.SecretInLine[0]:f.SecretInLine[1]] != tok {
		t.Errorf("SecretInLine does not point at the secret in %q", f.LineText)
	}
	if strings.Contains(f.Redacted, tok[len(tok)-64:]) || !strings.HasPrefix(f.Redacted, tok[:31]) {
		t.Errorf("redacted %q: must keep prefix.public and hide the secret part", f.Redacted)
	}
	if !strings.Contains(f.Remediation.Replacement, `os.Getenv("API_TOKEN")`) {
		t.Errorf("Go remediation should read API_TOKEN at run time: %+v", f.Remediation)
	}
	if f.Fingerprint == "" || f.Severity != "high" {
		t.Errorf("fingerprint %q severity %q", f.Fingerprint, f.Severity)
	}
}

func TestFingerprintSurvivesMovesAndReuseIsMarked(t *testing.T) {
	s := scanner(t)
	tok := fakeToken("dt0s16", 2)
	a := s.File("a.ts", []byte("const t = '"+tok+"';\n"))
	b := s.File("b.yaml", []byte("\n\n\nplatformToken: "+tok+"\n"))
	if len(a.Findings) != 1 || len(b.Findings) != 1 {
		t.Fatalf("a=%+v b=%+v", a.Findings, b.Findings)
	}
	if a.Findings[0].Fingerprint != b.Findings[0].Fingerprint {
		t.Fatal("the same secret in two places must have one fingerprint")
	}
	all := append(a.Findings, b.Findings...)
	MarkReuse(all)
	if len(all[0].AlsoAt) != 1 || !strings.HasPrefix(all[0].AlsoAt[0], "b.yaml:4:") {
		t.Errorf("reuse not marked: %v", all[0].AlsoAt)
	}
}

func TestDecodedSecretIsPlacedAtItsEncodedText(t *testing.T) {
	tok := fakeToken("dt0c01", 3)
	enc := b64(tok)
	out := scanner(t).File("secret.yaml", []byte("kind: Secret\ndata:\n  apiToken: "+enc+"\n"))
	var got []string
	for _, f := range out.Findings {
		got = append(got, f.RuleID)
		if f.RuleID == "dynatrace-api-token" {
			if f.Line != 3 || f.Secret != tok {
				t.Errorf("decoded finding at line %d secret %q", f.Line, f.Redacted)
			}
			if !strings.Contains(strings.Join(f.Tags, ","), "decoded:base64") {
				t.Errorf("tags %v lack decoded:base64", f.Tags)
			}
			return
		}
	}
	t.Fatalf("base64 token not found; findings %v", got)
}

func TestAssignedName(t *testing.T) {
	for line, want := range map[string]string{
		`const apiToken = "x"`:         "apiToken",
		`DT_API_TOKEN=x`:               "DT_API_TOKEN",
		`  "Authorization": "x"`:       "Authorization",
		`token: x`:                     "token",
		`const c="x"`:                  "",
		`fetch(url, x)`:                "",
		`cfg.Client.Secret := "x"`:     "cfg.Client.Secret",
		`export DT_PLATFORM_TOKEN='x'`: "DT_PLATFORM_TOKEN",
		`password => "x"`:              "password",
	} {
		if got := assignedName(line, strings.LastIndex(line, "x")); got != want {
			t.Errorf("assignedName(%q) = %q, want %q", line, got, want)
		}
	}
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func TestReuseIsCapped(t *testing.T) {
	s := scanner(t)
	tok := fakeToken("dt0c01", 11)
	var all []finding.Finding
	for i := 0; i < 50; i++ {
		all = append(all, s.File(fmt.Sprintf("f%02d.ts", i), []byte("const t = '"+tok+"';\n")).Findings...)
	}
	MarkReuse(all)
	if n := len(all[0].AlsoAt); n != maxAlsoAt+1 || !strings.Contains(all[0].AlsoAt[maxAlsoAt], "39 more") {
		t.Fatalf("AlsoAt has %d entries, last %q", n, all[0].AlsoAt[n-1])
	}
}

// TestFileChangedScansOnlyTheChangedLines: a plain-text file is scanned in
// the given line ranges, each finding at its line and column in the file; a
// document (which cannot be parsed in part) is scanned whole.
func TestFileChangedScansOnlyTheChangedLines(t *testing.T) {
	s := scanner(t)
	a, b, c := fakeToken("dt0c01", 11), fakeToken("dt0c01", 12), fakeToken("dt0c01", 13)
	text := "x\nconst a = \"" + a + "\"\ny\nz\n  b: \"" + b + "\"\nw\nconst c = \"" + c + "\""
	out := s.FileChanged(fragment.Origin{Path: "app.ts"}, []byte(text), []LineRange{{First: 4, Last: 5}, {First: 7, Last: 9}})
	var got []string
	for _, f := range out.Findings {
		got = append(got, fmt.Sprintf("%s@%d:%d", f.Secret[:12], f.Line, f.Column))
	}
	want := []string{b[:12] + "@5:7", c[:12] + "@7:12"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("findings %v, want %v", got, want)
	}
	if out := s.FileChanged(fragment.Origin{Path: "app.ts"}, []byte(text), []LineRange{}); len(out.Findings) != 0 {
		t.Errorf("no changed lines: %d findings", len(out.Findings))
	}
	doc := "{\n\"version\": \"7\",\n\"sections\": [{\"id\": \"a1\", \"type\": \"function\",\n" +
		"\"state\": {\"input\": {\"value\": \"const t = '" + a + "';\"}}}]\n}\n"
	if out := s.FileChanged(fragment.Origin{Path: "report.notebook.json"}, []byte(doc), []LineRange{{First: 1, Last: 1}}); len(out.Findings) != 1 {
		t.Errorf("a notebook is scanned whole: %d findings", len(out.Findings))
	}
}
