package pipeline_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/pipeline"
	"github.com/secretvet/secretvet/rules"
	"github.com/secretvet/secretvet/source/files"
)

// dtToken builds a format-valid fake Dynatrace token from a seed.
func dtToken(prefix string, seed int64) string {
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

// at returns the 1-based line and byte column of the first s in text.
func at(text, s string) (int, int) {
	i := strings.Index(text, s)
	if i < 0 {
		return 0, 0
	}
	line := strings.Count(text[:i], "\n") + 1
	return line, i - strings.LastIndex(text[:i], "\n")
}

func jsonText(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// dynatraceTree writes a project with every Dynatrace artifact secretvet
// reads and returns the files it wrote, by slash path.
func dynatraceTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	nbTok, dashTok, mapTok, zipTok := dtToken("dt0c01", 11), dtToken("dt0s16", 12), dtToken("dt0c01", 13), dtToken("dt0c01", 14)
	apiTS := "// api client\nconst ENV = 'https://abc12345.apps.dynatrace.com';\nconst DT_API_TOKEN = '" + mapTok + "';\nexport const get = () => fetch(ENV, { headers: { Authorization: 'Api-Token ' + DT_API_TOKEN } });\n"
	tree := map[string]string{
		"documents/oncall.notebook.json": jsonText(t, map[string]any{
			"version": "7", "defaultTimeframe": map[string]string{"from": "now-2h", "to": "now"},
			"sections": []any{
				map[string]any{"id": "a1", "type": "markdown", "markdown": "# On-call"},
				map[string]any{"id": "a2", "type": "function", "title": "Fetch SLOs", "state": map[string]any{"input": map[string]any{
					"value": "export default async function () {\n  const token = '" + nbTok + "';\n  return token;\n}"}}},
			},
		}),
		"documents/health.dashboard.json": jsonText(t, map[string]any{
			"version": 15, "variables": []any{},
			"tiles": map[string]any{"1": map[string]any{"type": "code", "title": "Ingest check",
				"input": "export default async function () {\n  const platformToken = '" + dashTok + "';\n}"}},
			"layouts": map[string]any{"1": map[string]any{"x": 0, "y": 0, "w": 24, "h": 8}},
		}),
		"documents/page.workflow.json": jsonText(t, map[string]any{
			"title": "Page", "triggerType": "Event", "trigger": map[string]any{},
			"tasks": map[string]any{"page": map[string]any{"name": "page", "action": "dynatrace.automations:http-function",
				"input": map[string]any{"method": "POST", "url": "https://events.example.invalid/v2/enqueue",
					"headers": map[string]string{"Authorization": "Bearer hunter2-literal"}}}},
		}),
		"dist/ui/main.js.map": jsonText(t, map[string]any{
			"version": 3, "file": "main.js", "sources": []string{"../../ui/app/api.ts"},
			"sourcesContent": []string{apiTS}, "names": []string{}, "mappings": "AAAA",
		}),
		"monaco/manifest.yaml":                            "manifestVersion: 1.0\nprojects: [{name: project}]\nenvironmentGroups:\n- name: default\n  environments:\n  - name: prod\n    url: {type: environment, value: DT_URL}\n    auth:\n      token: {name: DT_API_TOKEN}\n",
		"monaco/project/credential-vault/config.yaml":     "configs:\n- id: jira\n  config:\n    name: Jira\n    template: credential.json\n    parameters:\n      user: svc-jira\n      password: literal-jira-pw\n  type:\n    api: credential-vault\n",
		"monaco/project/credential-vault/aws.json":        "{\"name\": \"{{ .name }}\",\n {{ if .keys }}\"secretKey\": \"aws-literal-secret-x\"{{ end }} }\n",
		"monaco/project/credential-vault/credential.json": "{\n  \"name\": \"{{ .name }}\",\n  \"user\": \"{{ .user }}\",\n  \"password\": \"template-literal-pw\",\n  \"ownerAccessOnly\": {{ .owner }}\n}\n",
	}
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	mainJS := `(()=>{"use strict";const s={integrity:"sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"};const c="` + zipTok + `";})();` + "\n"
	w, err := zw.Create("ui/main.js")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(mainJS))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	tree["out/artifact.zip"] = zbuf.String()
	for rel, s := range tree {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tree["#ui/main.js"] = mainJS // the zip member's text, for positions
	tree["#tokens"] = strings.Join([]string{nbTok, dashTok, mapTok, zipTok}, " ")
	return tree
}

func TestDynatraceArtifacts(t *testing.T) {
	dir := t.TempDir()
	tree := dynatraceTree(t, dir)
	toks := strings.Fields(tree["#tokens"])
	nbTok, dashTok, mapTok, zipTok := toks[0], toks[1], toks[2], toks[3]
	cfg, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := &pipeline.Scanner{Engine: rules.New(cfg, rules.Options{MaxDecodeDepth: 2})}
	res, err := s.Run(context.Background(), []string{dir}, files.Options{})
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.ToSlash(dir) + "/"

	type want struct {
		rule, path, member, pointer string
		secret                      string // placed at its first occurrence in the file (or member)
		originPath                  string
		originLine, originCol       int
		fix                         string // the remediation names this replacement
	}
	wants := []want{ // in report order: by path, member, line
		{rule: "dynatrace-api-token", path: "dist/ui/main.js.map", pointer: "/sourcesContent/0", secret: mapTok,
			originPath: "../../ui/app/api.ts", originLine: 3, originCol: 23, fix: "credentialVaultClient.getCredentialsDetails"},
		{rule: "dynatrace-platform-token", path: "documents/health.dashboard.json", pointer: "/tiles/1/input", secret: dashTok,
			originLine: 2, originCol: 26, fix: "credentialVaultClient.getCredentialsDetails"},
		{rule: "dynatrace-api-token", path: "documents/oncall.notebook.json", pointer: "/sections/1/state/input/value", secret: nbTok,
			originLine: 2, originCol: 18, fix: "credentialVaultClient.getCredentialsDetails"},
		{rule: "dynatrace-workflow-literal-auth-header", path: "documents/page.workflow.json", pointer: "/tasks/page/input/headers/Authorization",
			secret: "Bearer hunter2-literal", originLine: 1, originCol: 1, fix: "Authentication"},
		{rule: "monaco-literal-credential-in-template", path: "monaco/project/credential-vault/aws.json",
			secret: "aws-literal-secret-x", fix: "type: environment"},
		{rule: "monaco-literal-secret-parameter", path: "monaco/project/credential-vault/config.yaml", pointer: "/configs/0/config/parameters/password",
			secret: "literal-jira-pw", fix: "type: environment"},
		{rule: "monaco-literal-credential-in-template", path: "monaco/project/credential-vault/credential.json", pointer: "/password",
			secret: "template-literal-pw", fix: "type: environment"},
		{rule: "dynatrace-api-token", path: "out/artifact.zip", member: "ui/main.js", secret: zipTok, fix: "credentialVaultClient.getCredentialsDetails"},
	}
	if len(res.Findings) != len(wants) {
		for _, f := range res.Findings {
			t.Logf("got %s %s!%s %s %d:%d", f.RuleID, f.Path, f.Member, f.Pointer, f.Line, f.Column)
		}
		t.Fatalf("got %d findings, want %d; skipped %v", len(res.Findings), len(wants), res.Skipped)
	}
	for i, w := range wants {
		f := res.Findings[i]
		text := tree[w.path]
		if w.member != "" {
			text = tree["#"+w.member]
		}
		line, col := at(text, w.secret)
		if w.rule == "dynatrace-workflow-literal-auth-header" {
			line, col = at(text, `"`+w.secret) // the header value, quotes excluded
			col++
		}
		got := []any{f.RuleID, strings.TrimPrefix(f.Path, root), f.Member, f.Pointer, f.Line, f.Column, f.Secret}
		exp := []any{w.rule, w.path, w.member, w.pointer, line, col, w.secret}
		for j := range exp {
			if got[j] != exp[j] {
				t.Errorf("finding %d (%s): got %v, want %v", i, w.rule, got, exp)
				break
			}
		}
		if w.originLine > 0 {
			if f.Origin == nil || f.Origin.Path != w.originPath || f.Origin.Line != w.originLine || f.Origin.Column != w.originCol {
				t.Errorf("finding %d (%s): origin %+v, want %s:%d:%d", i, w.rule, f.Origin, w.originPath, w.originLine, w.originCol)
			}
		}
		if !strings.Contains(f.Remediation.Replacement+" "+f.Remediation.Summary, w.fix) {
			t.Errorf("finding %d (%s): remediation does not name %q: %+v", i, w.rule, w.fix, f.Remediation)
		}
		if f.Fingerprint != finding.Fingerprint(f.RuleID, f.Secret) {
			t.Errorf("finding %d: fingerprint", i)
		}
	}
	// Monaco findings name the parameter and the variable
	for _, f := range res.Findings {
		if strings.HasPrefix(f.RuleID, "monaco-") && !strings.Contains(f.Remediation.Replacement, "type: environment\n    name: CV_") {
			t.Errorf("%s: replacement %q", f.RuleID, f.Remediation.Replacement)
		}
	}
	// a template that is not JSON even with its placeholders filled is
	// checked as text and reported as read in part, never silenced
	if len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0].Reason, "not valid JSON") || !strings.HasSuffix(res.Skipped[0].Path, "aws.json") {
		t.Errorf("skipped %+v", res.Skipped)
	}
}

// TestMonacoParameterTokenSpeaksMonaco: a token in a Monaco parameter is
// found by its rule, once (no structural duplicate), and the remediation is
// a type: environment parameter named after the parameter.
func TestMonacoParameterTokenSpeaksMonaco(t *testing.T) {
	tok := dtToken("dt0c01", 21)
	src := "configs:\n- id: ingest\n  config:\n    name: n\n    template: t.json\n    parameters:\n      ingestToken:\n        type: value\n        value: " + tok + "\n"
	cfg, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := &pipeline.Scanner{Engine: rules.New(cfg, rules.Options{})}
	out := s.File("proj/config.yaml", []byte(src))
	if len(out.Findings) != 1 {
		t.Fatalf("findings %+v", out.Findings)
	}
	f := out.Findings[0]
	line, col := at(src, tok)
	if f.RuleID != "dynatrace-api-token" || f.Line != line || f.Column != col || f.Kind != "monaco-parameter" ||
		f.Pointer != "/configs/0/config/parameters/ingestToken/value" {
		t.Errorf("finding %s %d:%d kind %q pointer %q", f.RuleID, f.Line, f.Column, f.Kind, f.Pointer)
	}
	if !strings.Contains(f.Remediation.Replacement, "ingestToken:\n    type: environment") {
		t.Errorf("replacement %q", f.Remediation.Replacement)
	}
}
