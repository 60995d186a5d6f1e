package monaco

import (
	"errors"
	"io/fs"
	"math/rand"
	"path"
	"sort"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/fragment"
)

// fakeToken builds a format-valid fake Dynatrace token from a seed.
func fakeToken(seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	part := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = b32[rng.Intn(len(b32))]
		}
		return string(b)
	}
	return "dt0c01." + part(24) + "." + part(64)
}

// mapFiles is an in-memory Files; names are slash paths relative to the
// scanned file's folder, "../x" included.
type mapFiles map[string]string

func (m mapFiles) ReadFile(name string) ([]byte, error) {
	if s, ok := m[path.Clean(name)]; ok {
		return []byte(s), nil
	}
	return nil, fs.ErrNotExist
}

func (m mapFiles) ReadDir(name string) ([]string, error) {
	var out []string
	for k := range m {
		if path.Dir(k) == path.Clean(name) {
			out = append(out, path.Base(k))
		}
	}
	sort.Strings(out)
	return out, nil
}

type literalWant struct {
	rule, key, ptr string
	line, col      int
	text           string
}

func literals(t *testing.T, res Result) []literalWant {
	t.Helper()
	var out []literalWant
	for _, l := range res.Literals {
		p := l.Fragment.Locate(0)
		out = append(out, literalWant{l.RuleID, l.Key, l.Fragment.Origin.Pointer, p.Line, p.Column, l.Fragment.Text})
	}
	return out
}

func checkLiterals(t *testing.T, got, want []literalWant) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d literals, want %d:\n got %+v\nwant %+v", len(got), len(want), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("literal %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

const configYAML = `configs:
- id: slack
  config:
    name: Slack alerts
    template: slack.json
    parameters:
      webhookUrl: "https://hooks.example.invalid/services/T000/B000/xyz"
      password: hunter2-not-a-token
      apiToken:
        type: value
        value: 'plain-literal-value'
      clientSecret:
        type: environment
        name: CLIENT_SECRET
        default: default-secret-value
      actor: {type: environment, name: WORKFLOW_ACTOR, default: 05c22404-d9e7-4646-9741-fc8afc47e3f8}
      token: {type: environment, name: DT_TOKEN}
      tokenEndpoint: https://sso.example.invalid/sso/oauth2/token
      credentialScope: SYNTHETIC
      routingKey: "{{ .routing }}"
      vaultRef: CREDENTIALS_VAULT-0123456789ABCDEF
      script: {type: file, path: script.js}
      ref: {type: reference, configType: alerting-profile, configId: p, property: id}
      auth:
        user: admin
        password: nested-literal
  type:
    api: notification
  environmentOverrides:
  - environment: prod
    override:
      parameters:
        secret: override-literal
`

func TestConfigLiterals(t *testing.T) {
	res, ok, err := Extract("monaco/project/notification/config.yaml", []byte(configYAML), nil)
	if err != nil || !ok || res.Kind != Config {
		t.Fatalf("Extract: ok=%v kind=%q err=%v", ok, res.Kind, err)
	}
	const p = "/configs/0/config/parameters/"
	checkLiterals(t, literals(t, res), []literalWant{
		{RuleLiteralSecretParameter, "webhookUrl", p + "webhookUrl", 7, 20, "https://hooks.example.invalid/services/T000/B000/xyz"},
		{RuleLiteralSecretParameter, "password", p + "password", 8, 17, "hunter2-not-a-token"},
		{RuleLiteralSecretParameter, "apiToken", p + "apiToken/value", 11, 17, "plain-literal-value"},
		{RuleLiteralSecretParameter, "clientSecret", p + "clientSecret/default", 15, 18, "default-secret-value"},
		{RuleLiteralSecretParameter, "auth", p + "auth/password", 26, 19, "nested-literal"},
		{RuleLiteralSecretParameter, "secret", "/configs/0/environmentOverrides/0/override/parameters/secret", 33, 17, "override-literal"},
	})
	if got := res.Names[p+"apiToken/value"]; got != "apiToken" {
		t.Errorf("Names[apiToken/value] = %q", got)
	}
	for _, f := range res.Fragments {
		if f.Origin.Kind != fragment.MonacoParam && f.Origin.Kind != fragment.File {
			t.Errorf("fragment %s has kind %q", f.Origin.Pointer, f.Origin.Kind)
		}
	}
	rest := res.Fragments[len(res.Fragments)-1]
	if rest.Origin.Kind != fragment.File || len(rest.Text) != len(configYAML) {
		t.Fatalf("last fragment is not the remainder: %q", rest.Origin.Kind)
	}
	for _, gone := range []string{"hunter2-not-a-token", "plain-literal-value", "default-secret-value", "CLIENT_SECRET"} {
		if strings.Contains(rest.Text, gone) {
			t.Errorf("remainder still holds %q", gone)
		}
	}
	if !strings.Contains(rest.Text, "template: slack.json") || strings.Count(rest.Text, "\n") != strings.Count(configYAML, "\n") {
		t.Error("remainder lost text that was not extracted, or lines")
	}
}

func TestConfigBlockScalarPlacement(t *testing.T) {
	tok := fakeToken(1)
	src := "configs:\n- id: wf\n  config:\n    name: n\n    template: t.json\n    parameters:\n      script: |\n        export default async function () {\n          const t = \"" + tok + "\";\n        }\n      folded: >\n        first line\n        second " + tok + "\n"
	res, ok, err := Extract("config.yaml", []byte(src), nil)
	if err != nil || !ok {
		t.Fatalf("ok=%v err=%v", ok, err)
	}
	found := 0
	for _, f := range res.Fragments {
		if f.Origin.Kind != fragment.MonacoParam {
			continue
		}
		i := strings.Index(f.Text, tok)
		if i < 0 {
			continue
		}
		found++
		p := f.Locate(i)
		line := strings.Split(src, "\n")[p.Line-1]
		if !strings.HasPrefix(line[p.Column-1:], tok) {
			t.Errorf("%s: token placed at %d:%d, line %q", f.Origin.Pointer, p.Line, p.Column, line)
		}
	}
	if found != 2 {
		t.Errorf("token found in %d parameter fragments, want 2", found)
	}
	if rest := res.Fragments[len(res.Fragments)-1]; strings.Contains(rest.Text, tok) {
		t.Error("remainder still holds the token")
	}
}

func TestManifest(t *testing.T) {
	tok := fakeToken(2)
	src := `manifestVersion: 1.0
projects: [{name: project}]
environmentGroups:
- name: default
  environments:
  - name: prod
    url: {type: environment, value: DT_URL}
    auth:
      token: {name: TOKEN_ENV}
      platformToken:
        name: ` + tok + `
      oAuth:
        clientId: {name: OAUTH_CLIENT_ID}
        clientSecret: {name: aB3dE5fG7hJ9kL1mN3pQ5rS7}
        tokenEndpoint: {type: environment, value: OAUTH_TOKEN_ENDPOINT}
accounts:
- name: acc
  accountUUID: 12345678-1234-5678-1234-123456789012
  oAuth: {clientId: {name: ACC_CLIENT_ID}, clientSecret: {name: ACC_CLIENT_SECRET}}
`
	res, ok, err := Extract("manifest.yaml", []byte(src), nil)
	if err != nil || !ok || res.Kind != Manifest {
		t.Fatalf("ok=%v kind=%q err=%v", ok, res.Kind, err)
	}
	const e = "/environmentGroups/0/environments/0/auth/"
	checkLiterals(t, literals(t, res), []literalWant{
		{RuleLiteralAuthSecret, "platformToken", e + "platformToken/name", 11, 15, tok},
		{RuleLiteralAuthSecret, "clientSecret", e + "oAuth/clientSecret/name", 14, 30, "aB3dE5fG7hJ9kL1mN3pQ5rS7"},
	})
	kinds := map[fragment.Kind]int{}
	for _, f := range res.Fragments {
		kinds[f.Origin.Kind]++
	}
	// url value, 4 auth names, token endpoint value, 2 account names
	if kinds[fragment.MonacoManifest] != 8 || kinds[fragment.File] != 1 {
		t.Errorf("fragment kinds %v", kinds)
	}
}

func TestTokenShaped(t *testing.T) {
	for name, want := range map[string]bool{
		"DT_API_TOKEN": false, "TOKEN": false, "platform_token_prod": false, "MyToken": false,
		fakeToken(3): true, "dt0s16.ABCDEFGH": true, "aB3dE5fG7hJ9kL1mN3pQ5rS7": true,
		"abc-def-ghi-jkl-mno-pqr": true, "with space in it and long": false, "": false,
	} {
		if got := tokenShaped(name); got != want {
			t.Errorf("tokenShaped(%q) = %v, want %v", name, got, want)
		}
	}
}

const credentialConfig = `configs:
- id: cred
  config:
    name: {type: environment, name: CRED_NAME}
    template: credential.json
    parameters:
      type: USERNAME_PASSWORD
      credentialScope: SYNTHETIC
      password: {type: environment, name: CV_PASSWORD}
  type:
    api: credential-vault
`

func TestTemplateCredentialLiteral(t *testing.T) {
	tmpl := `{ "name": "{{ .name }}", "type": "{{ .type }}",
  "user": "john.smith", "password": "1234abcd",
  "ownerAccessOnly": {{ .ownerAccessOnly }}, "scope": "{{ .credentialScope }}",
  "token": "{{ .token }}" }`
	near := mapFiles{"config.yaml": credentialConfig}
	res, ok, err := Extract("monaco/project/cred/credential.json", []byte(tmpl), near)
	if err != nil || !ok || res.Kind != Template {
		t.Fatalf("ok=%v kind=%q err=%v", ok, res.Kind, err)
	}
	if len(res.Problems) != 0 {
		t.Errorf("problems: %v", res.Problems)
	}
	checkLiterals(t, literals(t, res), []literalWant{
		{RuleLiteralCredentialInTemplate, "password", "/password", 2, 38, "1234abcd"},
	})
	if !strings.Contains(res.Literals[0].Description, "credential-vault") {
		t.Errorf("description does not name the type: %s", res.Literals[0].Description)
	}
	if len(res.Fragments) != 1 || res.Fragments[0].Origin.Kind != fragment.MonacoTemplate || res.Fragments[0].Text != tmpl {
		t.Errorf("want the whole template as one fragment, got %+v", res.Fragments)
	}
}

func TestTemplateFromParentConfig(t *testing.T) {
	near := mapFiles{"../config.yaml": strings.Replace(credentialConfig, "template: credential.json", "template: templates/credential.json", 1)}
	res, ok, err := Extract("proj/templates/credential.json", []byte(`{"name": "{{ .name }}", "password": "literal-pw"}`), near)
	if err != nil || !ok {
		t.Fatalf("ok=%v err=%v", ok, err)
	}
	if len(res.Literals) != 1 || res.Literals[0].Key != "password" {
		t.Errorf("literals %+v", res.Literals)
	}
}

func TestTemplateNotCredential(t *testing.T) {
	// a settings template with placeholders: a template, not a credential
	res, ok, err := Extract("proj/alerting/profile.json", []byte(`{"name": "{{ .name }}", "password": "not-checked-here"}`), nil)
	if err != nil || !ok || res.Kind != Template || len(res.Literals) != 0 {
		t.Errorf("ok=%v kind=%q literals=%v err=%v", ok, res.Kind, res.Literals, err)
	}
	// plain JSON: not Monaco
	if _, ok, _ := Extract("data.json", []byte(`{"password": "x"}`), mapFiles{}); ok {
		t.Error("plain JSON read as a template")
	}
}

func TestTemplateInvalidJSONFallsBackToText(t *testing.T) {
	tmpl := "{\"name\": \"{{ .name }}\",\n {{ if .x }} \"secretKey\": \"wJalrXUtnFEMI-K7MDENG\" {{ end }} }"
	res, ok, err := Extract("proj/aws-credentials/aws.json", []byte(tmpl), nil)
	if err != nil || !ok {
		t.Fatalf("ok=%v err=%v", ok, err)
	}
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Error(), "as text") {
		t.Errorf("problems %v", res.Problems)
	}
	checkLiterals(t, literals(t, res), []literalWant{
		{RuleLiteralCredentialInTemplate, "secretKey", "", 2, 28, "wJalrXUtnFEMI-K7MDENG"},
	})
}

func TestNotMonaco(t *testing.T) {
	for name, src := range map[string]string{
		"ci.yaml":   "jobs:\n  configs: [a]\n",
		"list.yaml": "configs:\n- a\n- b\n",
		"main.go":   "configs:\n- config: {name: a}\n",
	} {
		if _, ok, err := Extract(name, []byte(src), nil); ok || err != nil {
			t.Errorf("%s: ok=%v err=%v", name, ok, err)
		}
	}
	if _, ok, err := Extract("config.yaml", []byte("configs:\n- id: [unclosed\n"), nil); ok || err == nil {
		t.Errorf("invalid Monaco YAML: ok=%v err=%v, want an error", ok, err)
	}
}

func TestLooksSecretKey(t *testing.T) {
	for key, want := range map[string]bool{
		"password": true, "apiToken": true, "client_secret": true, "webhookUrl": true, "routing_key": true,
		"tokenEndpoint": false, "credentialScope": false, "secretName": false, "name": false, "credentialId": false,
	} {
		if got := looksSecretKey(key); got != want {
			t.Errorf("looksSecretKey(%q) = %v", key, got)
		}
	}
}

func TestReadErrorIsAProblem(t *testing.T) {
	res, ok, _ := Extract("p/cred/c.json", []byte(`{"name": "{{ .name }}"}`), failingFiles{})
	if !ok || len(res.Problems) == 0 {
		t.Errorf("ok=%v problems=%v", ok, res.Problems)
	}
}

type failingFiles struct{}

func (failingFiles) ReadFile(string) ([]byte, error) { return nil, errors.New("permission denied") }
func (failingFiles) ReadDir(string) ([]string, error) {
	return []string{"config.yaml"}, nil
}
