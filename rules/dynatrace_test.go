package rules_test

import (
	"encoding/base64"
	"math/rand"
	"strings"
	"sync"
	"testing"

	"github.com/secretvet/secretvet/rules"
)

// Every token in these tests is built here from a seeded generator: the
// project scans itself, so no token-shaped literal may sit in this file.

const (
	base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	hexAlphabet    = "0123456789abcdef"
	alnumAlphabet  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	legacyAlphabet = alnumAlphabet + "_-"
)

// tokenGen draws fake, format-valid token parts from a fixed seed.
type tokenGen struct{ r *rand.Rand }

func newTokenGen(seed int64) *tokenGen { return &tokenGen{rand.New(rand.NewSource(seed))} }

func (g *tokenGen) draw(alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.r.Intn(len(alphabet))]
	}
	return string(b)
}

func (g *tokenGen) b32(n int) string    { return g.draw(base32Alphabet, n) }
func (g *tokenGen) hex(n int) string    { return g.draw(hexAlphabet, n) }
func (g *tokenGen) alnum(n int) string  { return g.draw(alnumAlphabet, n) }
func (g *tokenGen) legacy(n int) string { return g.draw(legacyAlphabet, n) }

// token is the documented three-part shape: prefix.public.secret.
func (g *tokenGen) token(prefix string, public int) string {
	return prefix + "." + g.b32(public) + "." + g.b32(64)
}

// docsExample is the documentation's example token with the given prefix.
func docsExample(prefix string) string {
	return prefix + ".ST2EY72K" + "QINMH574" + "WMNVI7YN." +
		"G3DFPBEJYMODIDAE" + "X454M7YWBUVEFOWK" + "PRVMWFASS64NFH52" + "PX6BNDVFFM572RZM"
}

var (
	defaultOnce   sync.Once
	defaultEngine *rules.Engine
	defaultErr    error
)

func dynatraceEngine(t *testing.T) *rules.Engine {
	t.Helper()
	defaultOnce.Do(func() {
		cfg, err := rules.Default()
		if err != nil {
			defaultErr = err
			return
		}
		defaultEngine = rules.New(cfg, rules.Options{MaxDecodeDepth: 2})
	})
	if defaultErr != nil {
		t.Fatalf("rules.Default: %v", defaultErr)
	}
	return defaultEngine
}

// dynatraceMatches returns the matches of secretvet's Dynatrace rules only
// (gitleaks' generic rules may also fire on an assignment; that is theirs).
func dynatraceMatches(e *rules.Engine, text, path string) []rules.Match {
	var out []rules.Match
	for _, m := range e.Scan(rules.Target{Text: text, Path: path}) {
		if m.Rule.Family == "dynatrace" {
			out = append(out, m)
		}
	}
	return out
}

type dtCase struct {
	name   string
	path   string
	text   string
	rule   string // "" for a decoy: no Dynatrace rule may fire
	secret string
}

func dynatraceCases() []dtCase {
	g := newTokenGen(20260401)
	var cs []dtCase
	add := func(rule, name, path, text, secret string) {
		cs = append(cs, dtCase{name: name, path: path, text: text, rule: rule, secret: secret})
	}
	decoy := func(name, path, text string) { add("", name, path, text, "") }

	// dynatrace-api-token (dt0c01)
	{
		tok := g.token("dt0c01", 24)
		add("dynatrace-api-token", "TS const", "src/config.ts",
			"export const DT_TOKEN = \""+tok+"\";\n", tok)
		tok = g.token("dt0c01", 24)
		add("dynatrace-api-token", "curl header", "scripts/push.sh",
			"curl -X POST -H \"Authorization: Api-Token "+tok+"\" https://abc12345.live.dynatrace.com/api/v2/metrics/ingest\n", tok)
		tok = g.token("dt0c01", 24)
		add("dynatrace-api-token", "kubectl from-literal", "README.md",
			"kubectl -n dynatrace create secret generic dynakube --from-literal=\"apiToken="+tok+"\"\n", tok)
		tok = g.token("dt0c01", 24)
		add("dynatrace-api-token", "installer URL query", "Dockerfile",
			"RUN wget -O /tmp/oneagent.sh 'https://abc12345.live.dynatrace.com/api/v1/deployment/installer/agent/unix/paas-sh/latest?Api-Token="+tok+"&arch=x86'\n", tok)
		// gitleaks' own sample shape: mixed-case alphanumerics.
		tok = "dt0c01." + g.alnum(24) + "." + g.alnum(64)
		add("dynatrace-api-token", "gitleaks mixed-case shape", "main.go",
			"dynatraceToken := \""+tok+"\"\n", tok)

		decoy("docs example dt0c01", "docs/auth.md",
			"Authorization: Api-Token "+docsExample("dt0c01")+"\n")
		decoy("X run", "values.yaml",
			"apiToken: dt0c01."+strings.Repeat("X", 24)+"."+strings.Repeat("X", 64)+"\n")
		decoy("lowercase secret part", "notes.txt",
			"token: dt0c01."+g.b32(24)+"."+strings.ToLower(g.alnum(64))+"\n")
		decoy("63-char secret part", "app.env",
			"DT_API_TOKEN=dt0c01."+g.b32(24)+"."+g.b32(63)+"\n")
		decoy("65-char secret part", "app.env",
			"DT_API_TOKEN=dt0c01."+g.b32(24)+"."+g.b32(65)+"\n")
		decoy("SAMPLE public part", "docs/setup.md",
			"export DT_API_TOKEN=dt0c01.SAMPLE"+g.b32(18)+"."+g.b32(64)+"\n")
		decoy("docs curl sample", "docs/api.md",
			"curl -H 'Authorization: Api-Token "+"dt0c01"+".abc123"+".abcdefjhij"+"1234567890'\n")
		decoy("identifier only", "app.log",
			"INFO using token dt0c01."+g.b32(24)+" for tenant abc12345\n")
	}

	// dynatrace-platform-token (dt0s16)
	{
		tok := g.token("dt0s16", 24)
		add("dynatrace-platform-token", "GitHub Actions env", ".github/workflows/deploy.yml",
			"    env:\n      DT_PLATFORM_TOKEN: "+tok+"\n", tok)
		tok = g.token("dt0s16", 24)
		add("dynatrace-platform-token", ".env line", ".env",
			"DT_APP_PLATFORM_TOKEN="+tok+"\n", tok)
		decoy("dtctl placeholder", "docs/QUICK_START.md",
			"dtctl config set-credentials --token dt0s16."+strings.Repeat("X", 24)+"\n")
		decoy("SAMPLE two parts", "README.md", "token: dt0s16.SAMPLE.abcd1234\n")
		decoy("GitHub secret reference", ".github/workflows/deploy.yml",
			"      DT_PLATFORM_TOKEN: ${{ secrets.DT_PLATFORM_TOKEN }}\n")
	}

	// dynatrace-oauth-client-secret (dt0s02, dt0s03, dt0s08)
	{
		id := "dt0s02." + g.b32(8)
		sec := id + "." + g.b32(64)
		add("dynatrace-oauth-client-secret", "token request body", "scripts/token.sh",
			"curl -X POST https://sso.dynatrace.com/sso/oauth2/token -d 'grant_type=client_credentials&client_id="+id+"&client_secret="+sec+"&scope=storage:logs:read'\n", sec)
		sec = g.token("dt0s03", 8)
		add("dynatrace-oauth-client-secret", "JSON string", "config/oauth.json",
			"{\n  \"clientId\": \""+sec[:15]+"\",\n  \"clientSecret\": \""+sec+"\"\n}\n", sec)
		sec = g.token("dt0s08", 8)
		add("dynatrace-oauth-client-secret", "Terraform", "main.tf",
			"provider \"dynatrace\" {\n  client_id     = \""+sec[:15]+"\"\n  client_secret = \""+sec+"\"\n}\n", sec)
		decoy("two-part client id", ".env",
			"DT_APP_OAUTH_CLIENT_ID=dt0s02."+g.b32(8)+"\n")
		decoy("X and Y runs", "docs/oauth.md",
			"client_secret: dt0s02."+strings.Repeat("X", 8)+"."+strings.Repeat("Y", 64)+"\n")
		decoy("63-char client secret", "app.env",
			"DT_APP_OAUTH_CLIENT_SECRET=dt0s02."+g.b32(8)+"."+g.b32(63)+"\n")
	}

	// dynatrace-account-token (dt0s01)
	{
		tok := g.token("dt0s01", 24)
		add("dynatrace-account-token", "Python constant", "scim/sync.py",
			"ACCOUNT_TOKEN = '"+tok+"'\n", tok)
		tok = g.token("dt0s01", 24)
		add("dynatrace-account-token", "YAML value", "config/account.yaml",
			"account:\n  uuid: 12345678-1234-5678-1234-123456789012\n  token: \""+tok+"\"\n", tok)
		decoy("docs example", "docs/tokens.md", "Example: "+docsExample("dt0s01")+"\n")
		decoy("docs example, one character changed", "otel_test.go",
			"sample := \""+strings.Replace(docsExample("dt0s01"), "FM572", "FM573", 1)+"\"\n")
	}

	// dynatrace-refresh-token (dt0s06)
	{
		tok := g.token("dt0s06", 24)
		add("dynatrace-refresh-token", "JSON response", "fixtures/session.json",
			"{\"access_token\":\"eyJ0eXAi\",\"refresh_token\":\""+tok+"\",\"expires_in\":300}\n", tok)
		tok = g.token("dt0s06", 24)
		add("dynatrace-refresh-token", ".env line", ".env.local",
			"DT_REFRESH_TOKEN="+tok+"\n", tok)
		decoy("lowercase secret part", "notes.md",
			"dt0s06."+g.b32(24)+"."+strings.ToLower(g.alnum(64))+"\n")
		decoy("zero run", "notes.md", "dt0s06."+g.b32(24)+"."+strings.Repeat("0", 64)+"\n")
	}

	// dynatrace-chat-token (dt0s04, dt0s09)
	{
		tok := g.token("dt0s04", 24)
		add("dynatrace-chat-token", "TS const", "src/chat.ts",
			"const chatToken = `"+tok+"`;\n", tok)
		tok = g.token("dt0s09", 24)
		add("dynatrace-chat-token", "YAML value", "helm/values.yaml",
			"chat:\n  token: "+tok+"\n", tok)
		decoy("two parts", "src/chat.ts", "const id = 'dt0s09."+g.b32(24)+"';\n")
		decoy("X run", "helm/values.yaml", "  token: dt0s04."+strings.Repeat("X", 24)+"."+g.b32(64)+"\n")
	}

	// dynatrace-agent-token (dt0a01)
	{
		tok := "dt0a01.abc12345." + g.hex(64)
		add("dynatrace-agent-token", "Terraform Lambda env", "lambda.tf",
			"  environment {\n    variables = {\n      DT_CONNECTION_AUTH_TOKEN = \""+tok+"\"\n    }\n  }\n", tok)
		tok = "dt0a01." + g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12) + "." + g.hex(64)
		add("dynatrace-agent-token", "Dockerfile ENV, tenant UUID", "Dockerfile",
			"ENV DT_CONNECTION_AUTH_TOKEN="+tok+"\n", tok)
		tok = g.token("dt0a01", 24)
		add("dynatrace-agent-token", "base32 shape", "serverless.yml",
			"    DT_CONNECTION_AUTH_TOKEN: '"+tok+"'\n", tok)
		decoy("xxx secret", "lambda.tf", "DT_CONNECTION_AUTH_TOKEN = \"dt0a01.abc12345.xxx\"\n")
		decoy("lowercase non-hex", "lambda.tf",
			"DT_CONNECTION_AUTH_TOKEN = \"dt0a01.abc12345."+strings.Repeat("secretz", 10)[:64]+"\"\n")
		decoy("63 hex", "Dockerfile", "ENV DT_CONNECTION_AUTH_TOKEN=dt0a01.abc12345."+g.hex(63)+"\n")
	}

	// dynatrace-token (other dt0 prefixes)
	{
		tok := g.token("dt0s05", 24)
		add("dynatrace-token", "JSON string", "settings.json", "{\"token\": \""+tok+"\"}\n", tok)
		tok = g.token("dt0x12", 16)
		add("dynatrace-token", "YAML value", "deploy.yaml", "auth:\n  token: "+tok+"\n", tok)
		tok = g.token("dt0a02", 24)
		add("dynatrace-token", "three-part dt0a02", "app.env", "TOKEN="+tok+"\n", tok)
		decoy("X run", "deploy.yaml", "token: dt0s05."+strings.Repeat("X", 24)+"."+strings.Repeat("X", 64)+"\n")
		decoy("short public part", "deploy.yaml", "token: dt0s05.ABC."+g.b32(64)+"\n")
	}

	// dynatrace-legacy-api-token
	{
		tok := g.legacy(21)
		add("dynatrace-legacy-api-token", "curl header", "scripts/metrics.sh",
			"curl -H \"Authorization: Api-Token "+tok+"\" https://abc12345.live.dynatrace.com/api/v1/timeseries\n", tok)
		tok = g.legacy(21)
		add("dynatrace-legacy-api-token", "installer URL", "Dockerfile",
			"RUN wget -O /tmp/paas.sh \"https://abc12345.live.dynatrace.com/api/v1/deployment/installer/agent/unix/paas-sh/latest?arch=x86&Api-Token="+tok+"\"\n", tok)
		tok = g.legacy(21)
		add("dynatrace-legacy-api-token", "concatenated header literal", "src/client.js",
			"headers: { Authorization: \"Api-Token \" + \""+tok+"\" },\n", tok)
		tok = g.alnum(16)
		add("dynatrace-legacy-api-token", "PowerShell hashtable", "deploy.ps1",
			"$headers = @{ \"Authorization\" = \"Api-Token "+tok+"\" }\n", tok)
		decoy("env reference", "scripts/metrics.sh", "curl -H \"Authorization: Api-Token ${DT_API_TOKEN}\" $URL\n")
		decoy("shell variable", "scripts/metrics.sh", "curl -H \"Authorization: Api-Token $DT_API_TOKEN\" $URL\n")
		decoy("angle placeholder", "README.md", "Authorization: Api-Token <your-token>\n")
		decoy("YOUR_TOKEN_HERE", "README.md", "Authorization: Api-Token YOUR_API_TOKEN_HERE\n")
		decoy("mask", "README.md", "Authorization: Api-Token ****\n")
		decoy("docs example", "README.md", "Authorization: Api-Token 0987654321jihgfedcba\n")
		decoy("Credential Vault id", "workflow.json",
			"\"Authorization\": \"Api-Token CREDENTIALS_VAULT-"+strings.ToUpper(g.hex(16))+"\"\n")
		decoy("concatenated variable", "src/client.js", "headers: { Authorization: \"Api-Token \" + process.env.DT_API_TOKEN },\n")
		decoy("env var name", "README.md", "Authorization: Api-Token DYNATRACE_API_TOKEN\n")
	}

	// dynatrace-legacy-api-token-assignment
	{
		tok := g.legacy(21)
		add("dynatrace-legacy-api-token-assignment", "Dockerfile ARG", "Dockerfile",
			"ARG DT_API_TOKEN=\""+tok+"\"\n", tok)
		tok = g.legacy(21)
		add("dynatrace-legacy-api-token-assignment", "kubectl from-literal", "install.sh",
			"kubectl create secret generic oneagent --from-literal=apiToken="+tok+" --from-literal=paasToken=${PAAS}\n", tok)
		tok = g.legacy(21)
		add("dynatrace-legacy-api-token-assignment", "Helm values", "values.yaml",
			"dynatrace:\n  dataIngestToken: "+tok+"\n", tok)
		tok = g.legacy(21)
		add("dynatrace-legacy-api-token-assignment", "Terraform provider", "provider.tf",
			"provider \"dynatrace\" {\n  dt_env_url   = \"https://abc12345.live.dynatrace.com\"\n  dt_api_token = \""+tok+"\"\n}\n", tok)
		decoy("env reference", ".env", "DT_API_TOKEN=${DT_API_TOKEN}\n")
		decoy("helm template", "templates/secret.yaml", "  apiToken: {{ .Values.apiToken | b64enc }}\n")
		decoy("GitHub secret", ".github/workflows/ci.yml", "      DT_API_TOKEN: ${{ secrets.DT_TOKEN }}\n")
		decoy("x run", "values.yaml", "apiToken: xxxxxxxxxxxxxxxxxxxxx\n")
		decoy("env var name", "values.yaml", "paasToken: DT_PAAS_TOKEN_SECRET1\n")
		decoy("camelCase name", "src/app.ts", "const apiToken = dynatraceApiTokenValu;\n")
		decoy("Credential Vault id", "values.yaml", "apiToken: CREDENTIALS_VAULT-"+strings.ToUpper(g.hex(16))+"\n")
		decoy("YOUR_TOKEN_HERE", ".env", "DT_PAAS_TOKEN=YOUR_TOKEN_HERE______\n")
		decoy("name only", "README.md", "Set DT_API_TOKEN and DT_PAAS_TOKEN before running.\n")
	}

	// dynatrace-tenant-token
	{
		tok := g.alnum(16)
		add("dynatrace-tenant-token", "oneagentctl", "bootstrap.sh",
			"/opt/dynatrace/oneagent/agent/tools/oneagentctl --set-tenant=abc12345 --set-tenant-token="+tok+" --restart-service\n", tok)
		tok = g.alnum(16)
		add("dynatrace-tenant-token", "connectioninfo JSON", "connectioninfo.json",
			"{\n  \"tenantUUID\": \"abc12345\",\n  \"tenantToken\": \""+tok+"\",\n  \"communicationEndpoints\": []\n}\n", tok)
		tok = strings.ToLower(g.alnum(16))
		add("dynatrace-tenant-token", "lowercase with digits", "ruxitagent.conf", "TenantToken "+tok+"\n", tok)
		tok = "dt0a02." + g.alnum(24)
		add("dynatrace-tenant-token", "dt0a02 in .env", ".env", "DT_TENANT_TOKEN="+tok+"\n", tok)
		tok = "dt0a02." + g.alnum(24)
		add("dynatrace-tenant-token", "dt0a02 bare", "install.log", "downloading agent with "+tok+" now\n", tok)
		decoy("angle placeholder", "README.md", "oneagentctl --set-tenant-token=<your-token>\n")
		decoy("docs example", "README.md", "oneagentctl --set-tenant-token="+"abcdefghij"+"123456\n")
		decoy("docs example 2", "README.md", "oneagentctl --set-tenant=abc123456 --set-tenant-token="+"abcdefg"+"123456790\n")
		decoy("lowercase words", "oneagent.yaml", "tenantToken: dynatrace-tenant-token-value\n")
		decoy("shell variable", "bootstrap.sh", "oneagentctl --set-tenant-token=$TENANT_TOKEN\n")
		decoy("function call", "src/agent.ts", "const tenantToken = getTenantTokenFromVault();\n")
		decoy("scope name", "token.json", "{\"scopes\": [\"tenantTokenRotation.write\"]}\n")
		decoy("TS field type", "src/types.ts", "interface ConnectionInfo { tenantToken: string; }\n")
		decoy("X run", ".env", "TENANT_TOKEN=dt0a02."+strings.Repeat("X", 24)+"\n")
		decoy("Credential Vault id", "oneagent.yaml", "tenantToken: CREDENTIALS_VAULT-"+strings.ToUpper(g.hex(16))+"\n")
		decoy("env var name", "oneagent.yaml", "tenantToken: DYNATRACE_TENANT_TOKEN\n")
	}

	// dynatrace-installer-path-token
	{
		tok := g.alnum(16)
		add("dynatrace-installer-path-token", "wget in shell", "packer/dynatrace.sh",
			"wget -O Dynatrace-OneAgent-Linux.sh https://abc12345.live.dynatrace.com/installer/oneagent/unix/latest/"+tok+"\n", tok)
		tok = g.alnum(16)
		add("dynatrace-installer-path-token", "Dockerfile RUN", "Dockerfile",
			"RUN curl -sSL \"https://abc12345.live.dynatrace.com/installer/oneagent/unix/latest/"+tok+"\" | sh\n", tok)
		decoy("X run", "README.md", "https://abc12345.live.dynatrace.com/installer/oneagent/unix/latest/XXXXXXXXXXXXXXXX\n")
		decoy("placeholder", "README.md", "https://abc12345.live.dynatrace.com/installer/oneagent/unix/latest/<token>\n")
		decoy("metainfo", "README.md", "https://abc12345.live.dynatrace.com/installer/oneagent/unix/latest/metainfo\n")
	}
	return cs
}

func TestDynatraceRules(t *testing.T) {
	e := dynatraceEngine(t)
	for _, c := range dynatraceCases() {
		name := c.rule
		if name == "" {
			name = "decoy"
		}
		t.Run(name+"/"+c.name, func(t *testing.T) {
			ms := dynatraceMatches(e, c.text, c.path)
			if c.rule == "" {
				for _, m := range ms {
					t.Errorf("decoy matched %s: secret %q in %q", m.Rule.ID, m.Secret, c.text)
				}
				return
			}
			if len(ms) != 1 {
				ids := make([]string, len(ms))
				for i, m := range ms {
					ids[i] = m.Rule.ID
				}
				t.Fatalf("got %d Dynatrace matches %v, want one of %s in %q", len(ms), ids, c.rule, c.text)
			}
			m := ms[0]
			if m.Rule.ID != c.rule {
				t.Errorf("rule = %s, want %s", m.Rule.ID, c.rule)
			}
			if m.Secret != c.secret {
				t.Errorf("secret = %q, want %q", m.Secret, c.secret)
			}
			if m.SecretStart < 0 || c.text[m.SecretStart:m.SecretEnd] != c.secret {
				t.Errorf("secret span [%d,%d) does not hold the secret", m.SecretStart, m.SecretEnd)
			}
		})
	}
}

// TestDynatraceBase64Secret: Kubernetes Secrets hold the token base64
// encoded; the decoding pass must still classify it.
func TestDynatraceBase64Secret(t *testing.T) {
	e := dynatraceEngine(t)
	tok := newTokenGen(7).token("dt0c01", 24)
	text := "apiVersion: v1\nkind: Secret\ndata:\n  apiToken: " + base64.StdEncoding.EncodeToString([]byte(tok)) + "\n"
	ms := dynatraceMatches(e, text, "k8s/secret.yaml")
	if len(ms) != 1 || ms[0].Rule.ID != "dynatrace-api-token" || ms[0].Secret != tok {
		t.Fatalf("got %v, want one dynatrace-api-token match of the decoded token", ms)
	}
	if len(ms[0].Decoded) == 0 || ms[0].Decoded[0] != "base64" {
		t.Errorf("Decoded = %v, want base64", ms[0].Decoded)
	}
}

// TestDynatraceAPITokenCoversGitleaks: secretvet's dynatrace-api-token
// replaces gitleaks' rule of the same ID, so it must find what gitleaks'
// rule finds (its own sample shape: mixed-case alphanumerics), with the
// same secret.
func TestDynatraceAPITokenCoversGitleaks(t *testing.T) {
	glCfg, err := rules.Gitleaks()
	if err != nil {
		t.Fatal(err)
	}
	var glRule *rules.Rule
	for _, r := range glCfg.Rules {
		if r.ID == "dynatrace-api-token" {
			glRule = r
		}
	}
	if glRule == nil {
		t.Fatal("gitleaks has no dynatrace-api-token rule")
	}
	gl := rules.New(&rules.Config{Rules: []*rules.Rule{glRule}, Allowlists: glCfg.Allowlists}, rules.Options{})
	ours := dynatraceEngine(t)
	g := newTokenGen(42)
	contexts := []string{"const t = \"%s\";\n", "DT_API_TOKEN=%s\n", "apiToken: '%s'\n", "-H 'Authorization: Api-Token %s'\n"}
	found := 0
	for i := 0; i < 200; i++ {
		var tok string
		switch i % 3 {
		case 0:
			tok = "dt0c01." + g.alnum(24) + "." + g.alnum(64)
		case 1:
			tok = g.token("dt0c01", 24)
		default:
			tok = "dt0c01." + strings.ToLower(g.b32(24)) + "." + g.alnum(64)
		}
		text := strings.Replace(contexts[i%len(contexts)], "%s", tok, 1)
		want := gl.Scan(rules.Target{Text: text, Path: "x.ts"})
		if len(want) == 0 {
			continue
		}
		found++
		got := dynatraceMatches(ours, text, "x.ts")
		if len(got) != 1 || got[0].Rule.ID != "dynatrace-api-token" || got[0].Secret != want[0].Secret {
			t.Errorf("gitleaks finds %q in %q; secretvet finds %v", want[0].Secret, text, got)
		}
	}
	if found < 190 {
		t.Errorf("gitleaks' rule found only %d of 200 samples; the comparison proves little", found)
	}
}

// TestDynatraceRuleMetadata: every Dynatrace rule carries the metadata the
// report shows, and its description says what may be logged.
func TestDynatraceRuleMetadata(t *testing.T) {
	cfg, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"dynatrace-api-token": true, "dynatrace-platform-token": true,
		"dynatrace-oauth-client-secret": true, "dynatrace-account-token": true,
		"dynatrace-refresh-token": true, "dynatrace-chat-token": true,
		"dynatrace-agent-token": true, "dynatrace-token": true,
		"dynatrace-legacy-api-token": true, "dynatrace-legacy-api-token-assignment": true,
		"dynatrace-tenant-token": true, "dynatrace-installer-path-token": true,
	}
	seen := map[string]bool{}
	for _, r := range cfg.Rules {
		if !strings.HasPrefix(r.ID, "dynatrace") {
			continue
		}
		seen[r.ID] = true
		if !want[r.ID] {
			t.Errorf("unexpected rule %s (add it to this test and to the rule table)", r.ID)
		}
		if r.Source != "dynatrace.toml" {
			t.Errorf("%s: source %q, want dynatrace.toml (gitleaks' rule must be replaced)", r.ID, r.Source)
		}
		if r.Family != "dynatrace" || r.Severity == "" || r.Confidence == "" {
			t.Errorf("%s: family %q severity %q confidence %q", r.ID, r.Family, r.Severity, r.Confidence)
		}
		if len(r.Keywords) == 0 {
			t.Errorf("%s: no keywords", r.ID)
		}
		if r.Description == "" {
			t.Errorf("%s: no description", r.ID)
		}
		if r.Pattern() != nil && r.Pattern().NumSubexp() >= 2 && r.SecretGroup == 1 &&
			!strings.Contains(r.Description, "safe to log") {
			t.Errorf("%s: the description should say the identifier is safe to log", r.ID)
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("rule %s is missing", id)
		}
	}
}
