package jsonreport

import (
	"bytes"
	"encoding/json"
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

func sample() *finding.Result {
	tok, _ := fakeToken()
	present := false
	return &finding.Result{
		Findings: []finding.Finding{
			{
				RuleID: "dynatrace-api-token", Description: "Dynatrace API token",
				Path: "src/z.ts", Line: 2, Column: 16, EndLine: 2, EndColumn: 16 + len(tok),
				Fingerprint: finding.Fingerprint("dynatrace-api-token", tok),
				Secret:      tok,
				Remediation: finding.Remediation{Summary: "Read the token from the Credential Vault.",
					Replacement: `await credentialVaultClient.getCredentialsDetails({id: "CREDENTIALS_VAULT-1"})`},
			},
			{
				RuleID: "dynatrace-api-token", Description: "Dynatrace API token",
				Path: "dash.json", Line: 7, Column: 3, EndLine: 7, EndColumn: 9,
				Member: "inner/x.json", Pointer: "/tiles/1/code", Title: "Tile 1",
				Origin: &finding.Origin{Line: 3, Column: 12},
				Commit: "0123abcd", Author: "A. Dev", Date: "2024-01-02T03:04:05Z", StillPresent: &present,
				Fingerprint: "ff", Secret: tok, Redacted: finding.Redact(tok),
			},
		},
		Skipped: []finding.Skipped{{Path: "blob.bin", Reason: "binary"}},
		Stats:   finding.Stats{Files: 3, Bytes: 1234, Findings: 2, Seconds: 0.5},
	}
}

func render(t *testing.T, r *finding.Result, o report.Options) (string, map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, r, o); err != nil {
		t.Fatalf("Render: %v", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.String())
	}
	return buf.String(), doc
}

func TestRedactedByDefault(t *testing.T) {
	tok, secretPart := fakeToken()
	out, _ := render(t, sample(), report.Options{})
	if strings.Contains(out, secretPart) {
		t.Fatalf("secret leaked into default output:\n%s", out)
	}
	if !strings.Contains(out, finding.Redact(tok)) {
		t.Errorf("redacted secret missing:\n%s", out)
	}
	out, _ = render(t, sample(), report.Options{ShowSecrets: true})
	if !strings.Contains(out, tok) {
		t.Errorf("--show-secrets did not reveal the secret:\n%s", out)
	}
}

func TestFieldsAndTypes(t *testing.T) {
	_, doc := render(t, sample(), report.Options{})
	for _, k := range []string{"findings", "skipped", "stale"} {
		if _, ok := doc[k].([]any); !ok {
			t.Errorf("%s is %T, want an array", k, doc[k])
		}
	}
	if _, ok := doc["stats"].(map[string]any); !ok {
		t.Fatalf("stats is %T, want an object", doc["stats"])
	}
	fs := doc["findings"].([]any)
	if len(fs) != 2 {
		t.Fatalf("%d findings, want 2", len(fs))
	}
	// Sorted by path: dash.json before src/z.ts.
	history, plain := fs[0].(map[string]any), fs[1].(map[string]any)
	if history["path"] != "dash.json" {
		t.Errorf("findings not sorted by path: first is %v", history["path"])
	}
	types := map[string]string{
		"rule": "string", "description": "string", "path": "string", "fingerprint": "string",
		"secret": "string", "line": "number", "column": "number", "end_line": "number",
		"end_column": "number", "remediation": "object",
	}
	for _, f := range []map[string]any{history, plain} {
		for k, want := range types {
			if got := kind(f[k]); got != want {
				t.Errorf("%s: field %q is %s, want %s", f["path"], k, got, want)
			}
		}
	}
	if rem := plain["remediation"].(map[string]any); !strings.Contains(rem["replacement"].(string), "CREDENTIALS_VAULT") {
		t.Errorf("remediation replacement lost: %v", rem)
	}
	optional := map[string]string{
		"pointer": "string", "member": "string", "origin": "object", "commit": "string",
		"author": "string", "date": "string", "still_present": "bool",
	}
	for k, want := range optional {
		if got := kind(history[k]); got != want {
			t.Errorf("history finding: %q is %s, want %s", k, got, want)
		}
		if _, ok := plain[k]; ok {
			t.Errorf("plain finding has %q although it does not apply", k)
		}
	}
	if o := history["origin"].(map[string]any); o["line"] != 3.0 || o["column"] != 12.0 {
		t.Errorf("origin = %v", o)
	}
	sk := doc["skipped"].([]any)[0].(map[string]any)
	if sk["path"] != "blob.bin" || sk["reason"] != "binary" {
		t.Errorf("skipped entry = %v", sk)
	}
}

func TestEmptyResultHasArrays(t *testing.T) {
	for _, r := range []*finding.Result{nil, {}} {
		out, doc := render(t, r, report.Options{})
		if strings.Contains(out, "null") {
			t.Errorf("empty result renders null:\n%s", out)
		}
		if fs, ok := doc["findings"].([]any); !ok || len(fs) != 0 {
			t.Errorf("findings = %v", doc["findings"])
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := render(t, sample(), report.Options{})
	r := sample()
	r.Findings[0], r.Findings[1] = r.Findings[1], r.Findings[0]
	b, _ := render(t, r, report.Options{})
	if a != b {
		t.Error("output depends on input order")
	}
	if !strings.Contains(a, "\n  \"findings\": [") {
		t.Errorf("output not indented:\n%s", a)
	}
}

func kind(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "bool"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case nil:
		return "missing"
	}
	return "other"
}
