package text

import (
	"bytes"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/report"
)

// fakeToken builds a format-valid, fake Dynatrace token; its secret part is
// what must never leak.
func fakeToken() (token, secretPart string) {
	secretPart = strings.Repeat("QRSTUV23", 8)
	return "dt0c01." + strings.Repeat("ABCD", 6) + "." + secretPart, secretPart
}

// onLine returns a finding for tok standing on line 2 of path.
func onLine(path, prefix, tok, suffix string) finding.Finding {
	return finding.Finding{
		RuleID: "dynatrace-api-token", Description: "Dynatrace API token",
		Path: path, Line: 2, Column: len(prefix) + 1, EndLine: 2, EndColumn: len(prefix) + 1 + len(tok),
		Secret: tok, LineText: prefix + tok + suffix,
		SecretInLine: [2]int{len(prefix), len(prefix) + len(tok)},
		Remediation: finding.Remediation{
			Summary:     "Read the token from the Credential Vault.",
			Replacement: "const token = await getToken(\n  \"CREDENTIALS_VAULT-1\");",
			Steps:       []string{"Rotate the token.", "Add the scope."},
		},
	}
}

func render(t *testing.T, r *finding.Result, o report.Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, r, o); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.String()
}

func TestFinding(t *testing.T) {
	tok, secretPart := fakeToken()
	f := onLine("src/app.ts", `const token = "`, tok, `";`)
	f.AlsoAt = []string{"other.ts:3:1"}
	f.Pointer, f.Title = "/sections/2/code", "Section 2"
	g := onLine("src/app.ts", `x = "`, tok, `"`)
	g.Line = 9
	r := &finding.Result{
		Findings: []finding.Finding{g, f},
		Skipped:  []finding.Skipped{{Path: "blob.bin", Reason: "binary file"}},
		Stats:    finding.Stats{Files: 3, Bytes: 2_500_000, Seconds: 1.25},
	}
	out := render(t, r, report.Options{})
	if strings.Contains(out, secretPart) {
		t.Fatalf("secret leaked:\n%s", out)
	}
	for _, want := range []string{
		"src/app.ts\n  src/app.ts:2:16 (Section 2, at /sections/2/code)",
		"dynatrace-api-token  Dynatrace API token",
		`2 | const token = "` + finding.Redact(tok) + `";`,
		"fix: Read the token from the Credential Vault.",
		"        const token = await getToken(\n          \"CREDENTIALS_VAULT-1\");",
		"      - Rotate the token.\n      - Add the scope.",
		"same secret also in: other.ts:3:1",
		"skipped 1 file:\n  blob.bin: binary file",
		"2 findings in 1 file, 1 skipped, scanned 3 files (2.5 MB) in 1.25s",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "src/app.ts\n") != 1 {
		t.Errorf("findings of one file not grouped under one heading:\n%s", out)
	}
	if strings.Index(out, ":2:16") > strings.Index(out, ":9:") {
		t.Errorf("findings not in line order:\n%s", out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour without Options.Color")
	}
	if out := render(t, r, report.Options{ShowSecrets: true}); !strings.Contains(out, tok) {
		t.Errorf("ShowSecrets did not reveal the secret:\n%s", out)
	}
	if out := render(t, r, report.Options{Color: true}); !strings.Contains(out, "\x1b[") || strings.Contains(out, secretPart) {
		t.Errorf("colour output wrong or leaking:\n%s", out)
	}
}

func TestMaskedLine(t *testing.T) {
	tok, secretPart := fakeToken()
	long := strings.Repeat("é", 100)
	tests := []struct {
		name string
		f    func() finding.Finding
		want string // "" means the line must not be shown
	}{
		{"span", func() finding.Finding { return onLine("a", `k: "`, tok, `"`) }, `k: "` + finding.Redact(tok) + `"`},
		{"no span, found by search", func() finding.Finding {
			f := onLine("a", `k=`, tok, ``)
			f.SecretInLine = [2]int{-1, -1}
			return f
		}, `k=` + finding.Redact(tok)},
		{"secret twice on the line", func() finding.Finding { return onLine("a", `a=`, tok, ` b=`+tok) },
			`a=` + finding.Redact(tok) + ` b=` + finding.Redact(tok)},
		{"secret not on the line", func() finding.Finding {
			f := onLine("a", `k=`, tok, ``)
			f.LineText, f.SecretInLine = "-----BEGIN KEY-----"+secretPart[:20], [2]int{-1, -1}
			return f
		}, ""},
		{"long line is cut around the secret", func() finding.Finding { return onLine("a", long, tok, long) },
			"…" + strings.Repeat("é", context/2) + finding.Redact(tok) + strings.Repeat("é", context/2) + "…"},
		{"control characters neutralised", func() finding.Finding { return onLine("a", "\x1b[2J\tk=", tok, "") },
			"�[2J k=" + finding.Redact(tok)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.f()
			got, ok := maskedLine(&f, report.Options{})
			if tt.want == "" {
				if ok {
					t.Errorf("line shown although the secret cannot be masked: %q", got)
				}
				return
			}
			if !ok || got != tt.want {
				t.Errorf("maskedLine = %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
}

func TestUnmaskableLineShowsRedactedSecret(t *testing.T) {
	tok, secretPart := fakeToken()
	f := onLine("key.pem", "", tok, "")
	f.LineText, f.SecretInLine = secretPart[:30], [2]int{-1, -1}
	out := render(t, &finding.Result{Findings: []finding.Finding{f}}, report.Options{})
	if strings.Contains(out, secretPart[:30]) {
		t.Fatalf("partial secret leaked:\n%s", out)
	}
	if !strings.Contains(out, "secret: "+finding.Redact(tok)) {
		t.Errorf("redacted secret not shown:\n%s", out)
	}
}

func TestHistoryAndOrigin(t *testing.T) {
	tok, _ := fakeToken()
	f := onLine("bundle.js.map", "", tok, "")
	gone := false
	f.Commit, f.Author, f.Date, f.StillPresent = "0123abcd", "A. Dev", "2024-01-02", &gone
	f.Member = "dist/app.zip"
	f.Origin = &finding.Origin{Path: "src/app.ts", Line: 4, Column: 7}
	out := render(t, &finding.Result{Findings: []finding.Finding{f}}, report.Options{})
	for _, want := range []string{
		"bundle.js.map!dist/app.zip:2:1 (from src/app.ts:4:7)",
		"commit 0123abcd by A. Dev on 2024-01-02 (removed since, still in history)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestNoFindings(t *testing.T) {
	r := &finding.Result{
		Skipped: []finding.Skipped{{Path: "a.bin", Reason: "binary"}, {Path: "b.zip", Member: "x.bin", Reason: "too large"}},
		Stale:   []finding.Stale{{Source: ".secretvetignore", Fingerprint: "abc123", Reason: "test key"}},
		Stats:   finding.Stats{Files: 4, Bytes: 100_000, Seconds: 0.02},
	}
	out := render(t, r, report.Options{})
	want := "skipped 2 files:\n  a.bin: binary\n  b.zip!x.bin: too large\n" +
		"1 suppression entry matched nothing (remove them):\n  .secretvetignore: abc123 (test key)\n" +
		"no secrets found, 2 skipped, scanned 4 files (0.1 MB) in 0.02s\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	if out := render(t, nil, report.Options{}); !strings.HasPrefix(out, "no secrets found") {
		t.Errorf("nil result: %q", out)
	}
}

// Regression: a second secret on the same line leaked through the context of
// the first finding's masked line.
func TestMaskedLineHidesOtherSecrets(t *testing.T) {
	a, b := "AKIA"+"QYLPMN5HHHFPZAM2", "AKIA"+"QYLPMN5HHHFPZAM3"
	line := `keys = ["` + a + `", "` + b + `"]`
	f := finding.Finding{Secret: a, Redacted: "AKIA********", LineText: line, SecretInLine: [2]int{9, 9 + len(a)}}
	got, ok := maskedLine(&f, report.Options{})
	if !ok || strings.Contains(got, b) || strings.Contains(got, a) {
		t.Fatalf("maskedLine = %q: another secret shows", got)
	}
	if !strings.Contains(got, "keys = [") {
		t.Fatalf("maskedLine = %q: the context is gone", got)
	}
}
