package rules_test

import (
	"bufio"
	"encoding/base64"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/zricethezav/gitleaks/v8/detect"

	"github.com/secretvet/secretvet/rules"
)

// The coverage corpus (testdata/coverage) measures recall and false
// positives of secretvet's default rules against gitleaks' default config
// run by gitleaks' own detector:
//
//	positives/<provider>/<n>/<file>  one fake, format-valid secret each,
//	                                 listed in positives.tsv
//	decoys/<category>/<file>         realistic non-secrets; every finding
//	                                 in them is a false positive
//
// The corpus is generated (seeded) by buildCoverageCorpus: the provider
// tables of providers_test.go, samples of providers gitleaks already
// covers, and decoy categories from gitleaks' most-reported false
// positives. Regenerate it after changing either:
//
//	go test ./rules -run TestCoverageCorpusUpToDate -coverage.generate
//
// Print the measurement:
//
//	go test ./rules -run TestCoverageReport -v -coverage.report   (or scripts/coverage.sh)
var (
	coverageReport   = flag.Bool("coverage.report", false, "print recall and false positives of secretvet and gitleaks on testdata/coverage")
	coverageGenerate = flag.Bool("coverage.generate", false, "rewrite testdata/coverage from the generator")
)

const coverageDir = "../testdata/coverage"

type covPositive struct{ path, provider, secret string }

type covCorpus struct {
	files     map[string]string // path (slash-separated, relative to coverageDir) -> text
	positives []covPositive
}

func (c *covCorpus) addPositive(provider string, n int, base, text, secret string) {
	p := path.Join("positives", provider, fmt.Sprint(n), base)
	c.files[p] = text
	c.positives = append(c.positives, covPositive{p, provider, secret})
}

// gitleaksCovered are samples of providers that gitleaks' default rules
// already find, so that recall is not measured on secretvet's additions
// alone.
func gitleaksCovered(g *tokenGen) map[string][]provTP {
	upB32 := "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	bech := "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
	digits := "0123456789"
	letters := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	two := func(name string, mk func() string) []provTP {
		return []provTP{
			tp(".env", name+"=%s\n", mk()),
			tp("config.py", name+" = \"%s\"\n", mk()),
		}
	}
	pem := func() string {
		body := base64Lines(g.bytes(600))
		return "-----BEGIN " + "RSA PRIVATE KEY-----\n" + body + "\n-----END " + "RSA PRIVATE KEY-----"
	}
	return map[string][]provTP{
		"aws-access-token": two("AWS_ACCESS_KEY_ID", func() string { return "AKIA" + g.draw(upB32, 16) }),
		"slack-bot-token":  two("SLACK_BOT_TOKEN", func() string { return "xoxb-" + g.draw(digits, 12) + "-" + g.draw(digits, 13) + "-" + g.alnum(24) }),
		"slack-webhook-url": two("SLACK_WEBHOOK", func() string {
			return "https://hooks.slack.com/services/T" + g.up(8) + "/B" + g.up(10) + "/" + g.alnum(24)
		}),
		"sendgrid-api-token":       two("SENDGRID_API_KEY", func() string { return "SG." + g.legacy(22) + "." + g.legacy(43) }),
		"gitlab-pat":               two("GITLAB_TOKEN", func() string { return "glpat-" + g.legacy(20) }),
		"anthropic-api-key":        two("ANTHROPIC_API_KEY", func() string { return "sk-ant-api03-" + g.legacy(93) + "AA" }),
		"openai-api-key":           two("OPENAI_API_KEY", func() string { return "sk-" + g.alnum(20) + "T3Blbk" + "FJ" + g.alnum(20) }),
		"huggingface-access-token": two("HF_TOKEN", func() string { return "hf_" + g.draw(letters, 34) }),
		"shopify-access-token":     two("SHOPIFY_TOKEN", func() string { return "shpat_" + g.hex(32) }),
		"linear-api-key":           two("LINEAR_API_KEY", func() string { return "lin_api_" + g.alnum(40) }),
		"vault-service-token":      two("VAULT_TOKEN", func() string { return "hvs." + g.legacy(100) }),
		"doppler-api-token":        two("DOPPLER_TOKEN", func() string { return "dp.pt." + g.alnum(43) }),
		"digitalocean-pat":         two("DIGITALOCEAN_TOKEN", func() string { return "dop_v1_" + g.hex(64) }),
		"databricks-api-token":     two("DATABRICKS_TOKEN", func() string { return "dapi" + g.hex(32) }),
		"postman-api-token":        two("POSTMAN_API_KEY", func() string { return "PMAK-" + g.hex(24) + "-" + g.hex(34) }),
		"telegram-bot-api-token":   two("TELEGRAM_BOT_TOKEN", func() string { return g.draw(digits, 10) + ":A" + g.legacy(34) }),
		"stripe-access-token":      two("STRIPE_SECRET_KEY", func() string { return "sk_live_" + g.alnum(24) }),
		"github-pat":               two("GITHUB_TOKEN", func() string { return g.github("ghp_") }),
		"github-fine-grained-pat":  two("GITHUB_TOKEN", func() string { return "github_pat_" + g.alnum(22) + "_" + g.alnum(59) }),
		"npm-access-token":         two("NPM_TOKEN", g.npm),
		"pypi-upload-token":        two("PYPI_TOKEN", g.pypi),
		"dynatrace-api-token":      two("DT_API_TOKEN", func() string { return g.token("dt0c01", 24) }),
		"age-secret-key":           two("SOPS_AGE_KEY", func() string { return "AGE-SECRET-KEY-1" + g.draw(bech, 58) }),
		"sentry-user-token":        two("SENTRY_AUTH_TOKEN", func() string { return "sntryu_" + g.hex(64) }),
		"heroku-api-key-v2":        two("HEROKU_API_KEY", func() string { return "HRKU-AA" + g.legacy(58) }),
		"hashicorp-tf-api-token":   two("TFE_TOKEN", func() string { return g.alnum(14) + ".atlasv1." + g.legacy(64) }),
		"twilio-api-key":           two("TWILIO_API_KEY", func() string { return "SK" + g.hex(32) }),
		"private-key": {
			tp("id_rsa", "%s\n", pem()),
			tp("deploy/key.pem", "%s\n", pem()),
		},
	}
}

// base64Lines is b in base64, in PEM's 64-character lines.
func base64Lines(b []byte) string {
	enc := base64.StdEncoding.EncodeToString(b)
	var lines []string
	for len(enc) > 64 {
		lines = append(lines, enc[:64])
		enc = enc[64:]
	}
	return strings.Join(append(lines, enc), "\n")
}

// coverageDecoys are realistic non-secrets by category: the shapes behind
// gitleaks' most-reported false positives (issues #1578, #1219, #877) and
// documentation-style fakes of token formats.
func coverageDecoys(g *tokenGen) map[string]string {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	fakeGH := func() string { return "ghp_" + g.alnum(36) }
	return map[string]string{
		"uuids/config.yaml": lines(
			"client_key_id: "+g.guid(),
			"api_key_id = \""+g.guid()+"\"",
			"tokenUuid: \""+g.guid()+"\"",
			"authRequestGuid = '"+g.guid()+"'",
			"secretVersionId: "+g.guid(),
			"  \"credentialId\": \""+g.guid()+"\",",
			"access_policy_id="+g.guid(),
			"AUTH_TENANT_ID="+g.guid(),
		),
		"hashes/build.gradle": lines(
			"api_sha256 = \""+g.hex(64)+"\"",
			"token_digest: sha256:"+g.hex(64),
			"auth_commit = \""+g.hex(40)+"\"",
			"\"integrity\": \"sha512-"+g.std64(86)+"==\"",
			"keyring_checksum_md5 = '"+g.hex(32)+"'",
			"secretsManagerRevision: "+g.hex(40),
			"auth_fingerprint: "+g.hex(40),
			"api_etag = \""+g.hex(32)+"\"",
		),
		"versions/versions.properties": lines(
			"API_VERSION_TAG = 1.24.0-rc.2+build.7f3a9c",
			"auth_lib_version: 3.12.40",
			"tokenizer_version = \"v2.3.17-beta.4\"",
			"secret_store_release=2026.11.5",
			"keycloak.version = 26.0.7",
		),
		"paths/app.yaml": lines(
			"key_path: conf/prod/keys/server",
			"credentials: svc-prod-2024.json",
			"auth_host: login.example-corp.net",
			"token_url: https://login.example-corp.net/oauth2/v2.0/token",
			"secret_dir: /var/run/secrets/kubernetes.io/serviceaccount",
			"apiBase: https://api.example.net/v3/",
			"keystore_file: release-upload.keystore",
			"access_log: logs/access/2026/app-access.log",
		),
		"envnames/deploy.yaml": lines(
			"tokenEnv: MY_SERVICE_TOKEN_V2",
			"secretName: DB_PASSWORD_PROD_2",
			"apiKeyName: \"PAYMENTS_API_KEY\"",
			"auth_var = \"OIDC_CLIENT_SECRET_STAGING\"",
			"credentialRef: vaultPathToken",
			"passwordField: passwordConfirmation",
		),
		"i18n/en.json": lines(
			"{",
			"  \"auth.errors.token_expired2\": \"Your session expired\",",
			"  \"key\": \"settings.api_key.label2\",",
			"  \"password.reset.email_sent\": \"Check your inbox\",",
			"  \"secret\": \"onboarding.secret_santa.title\",",
			"  \"token\": \"wallet.token_list.empty_state\"",
			"}",
		),
		"keybindings/keybindings.json": lines(
			"[",
			"  { \"key\": \"ctrl+shift+down\", \"command\": \"editor.action.copyLinesDownAction\" },",
			"  { \"key\": \"cmd+k cmd+s\", \"command\": \"workbench.action.openGlobalKeybindings\" },",
			"  { \"key\": \"alt+shift+f12\", \"command\": \"references-view.findReferences\" }",
			"]",
		),
		"placeholders/.env.example": lines(
			"API_KEY=changeme123456",
			"AUTH_TOKEN=<your-token>",
			"API_TOKEN=${API_TOKEN}",
			"SECRET_KEY=your_secret_key_here",
			"ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx",
			"STRIPE_KEY=example-stripe-key-123",
			"PASSWORD=dummy-password-for-tests",
			"JWT_SECRET=test123test123test123",
			"SLACK_TOKEN=REDACTED_TOKEN_VALUE",
			"SENTRY_AUTH_TOKEN=placeholder-token-2026",
		),
		"placeholders/values.yaml": lines(
			"apiKey: \"{{ .Values.global.apiKey }}\"",
			"password: '{{ requiredEnv \"DB_PASSWORD\" }}'",
			"authToken: ${{ secrets.AUTH_TOKEN }}",
			"secret: \"%(secret)s\"",
			"token: '#{TOKEN}#'",
		),
		"docs/tokens.md": lines(
			"Set `GITHUB_TOKEN="+fakeGH()+"` (example token, checksum does not hold).",
			"export GH_TOKEN="+fakeGH(),
			"npm config set //registry.npmjs.org/:_authToken npm_"+g.alnum(36),
			"password = pypi-AgEI"+"cHlwaS5vcmc"+g.legacy(70),
			"aws_secret_access_key = wJalrXUt"+"nFEMI/K7MDENG/bPxRfiCY"+"EXAMPLEKEY",
			"AccountKey=Eby8vdM0"+"2xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/"+"KBHBeksoGMGw==",
		),
		"databases/docker-compose.yml": lines(
			"      DATABASE_URL: postgres://postgres:postgres@localhost:5432/dev",
			"      MYSQL_URL: mysql://root:root@127.0.0.1:3306/test",
			"      BROKER_URL: amqp://guest:guest@rabbitmq:5672//",
			"      REDIS_URL: redis://:changeme@localhost:6379",
			"      MONGO_URL: mongodb://user:<password>@mongo:27017",
			"      POSTGRES_PASSWORD: example",
			"      POSTGRES_PASSWORD_FILE: /run/secrets/db_password",
		),
		"code/server.go": lines(
			"tokenizer := newTokenizer(options.KeywordSet)",
			"func (s *Server) authMiddleware(next http.Handler) http.Handler {",
			"passwordHash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)",
			"keyboardLayout := \"qwertz-de-nodeadkeys\"",
			"const secretsManagerEndpoint = \"secretsmanager.eu-central-1.amazonaws.com\"",
			"accessControlAllowOrigin := r.Header.Get(\"Origin\")",
			"apiClient := api.NewClient(api.WithBaseURL(cfg.APIBaseURL), api.WithRetries(3))",
		),
	}
}

func buildCoverageCorpus() *covCorpus {
	c := &covCorpus{files: map[string]string{}}
	g := newTokenGen(20261127)
	for _, pc := range providerCases(g) {
		for i, tc := range pc.tps {
			c.addPositive(pc.rule, i, path.Base(tc.path), tc.text, tc.secret)
		}
		for i, d := range pc.decoy {
			if d.other != "" {
				continue // holds another provider's real-shaped token: not a decoy
			}
			c.files[path.Join("decoys", "providers", pc.rule, fmt.Sprint(i), path.Base(d.path))] = d.text
		}
	}
	covered := gitleaksCovered(g)
	var ids []string
	for id := range covered {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		for i, tc := range covered[id] {
			c.addPositive("gitleaks/"+id, i, path.Base(tc.path), tc.text, tc.secret)
		}
	}
	for p, text := range coverageDecoys(g) {
		c.files[path.Join("decoys", p)] = text
	}
	var m strings.Builder
	m.WriteString("# path\tprovider\tsecret as a Go string literal (generated by rules/coverage_test.go; fake, format-valid)\n")
	for _, p := range c.positives {
		fmt.Fprintf(&m, "%s\t%s\t%s\n", p.path, p.provider, strconv.Quote(p.secret))
	}
	c.files["positives.tsv"] = m.String()
	c.files["README.md"] = coverageReadme
	return c
}

const coverageReadme = `# Coverage corpus

Generated by rules/coverage_test.go (seeded; do not edit by hand). Every
secret here is fake: random, but in the provider's documented format.

- positives/<provider>/<n>/<file>: one secret each, listed in positives.tsv.
  gitleaks/<rule> are providers gitleaks' default rules already cover.
- decoys/<category>/: realistic non-secrets; any finding there is a false
  positive.

Measure: scripts/coverage.sh (go test ./rules -run TestCoverageReport -v -coverage.report).
Regenerate: go test ./rules -run TestCoverageCorpusUpToDate -coverage.generate
`

func readCoverageCorpus(t *testing.T) *covCorpus {
	t.Helper()
	c := &covCorpus{files: map[string]string{}}
	err := filepath.WalkDir(coverageDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(coverageDir, p)
		c.files[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		t.Fatalf("reading the coverage corpus: %v", err)
	}
	sc := bufio.NewScanner(strings.NewReader(c.files["positives.tsv"]))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") || sc.Text() == "" {
			continue
		}
		f := strings.SplitN(sc.Text(), "\t", 3)
		if len(f) != 3 {
			t.Fatalf("positives.tsv: bad line %q", sc.Text())
		}
		secret, err := strconv.Unquote(f[2])
		if err != nil {
			t.Fatalf("positives.tsv: bad secret in %q: %v", sc.Text(), err)
		}
		c.positives = append(c.positives, covPositive{f[0], f[1], secret})
	}
	if len(c.positives) == 0 {
		t.Fatal("the coverage corpus has no positives")
	}
	return c
}

// TestCoverageCorpusUpToDate: the checked-in corpus is what the generator
// makes (with -coverage.generate it rewrites it).
func TestCoverageCorpusUpToDate(t *testing.T) {
	want := buildCoverageCorpus()
	if *coverageGenerate {
		if err := os.RemoveAll(coverageDir); err != nil {
			t.Fatal(err)
		}
		for p, text := range want.files {
			full := filepath.Join(coverageDir, filepath.FromSlash(p))
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("wrote %d files to %s", len(want.files), coverageDir)
		return
	}
	got := readCoverageCorpus(t)
	for p, text := range want.files {
		if got.files[p] != text {
			t.Errorf("%s is out of date; regenerate: go test ./rules -run TestCoverageCorpusUpToDate -coverage.generate", p)
			return
		}
	}
	for p := range got.files {
		if _, ok := want.files[p]; !ok {
			t.Errorf("%s is not generated any more; regenerate the corpus", p)
			return
		}
	}
}

type covResult struct {
	tool      string
	found     map[string]bool     // positive path -> found
	fp        map[string][]string // decoy category -> "path: rule"
	fpTotal   int
	providers map[string][2]int // provider -> found, total
}

func (r *covResult) recall(n int) int {
	k := 0
	for _, ok := range r.found {
		if ok {
			k++
		}
	}
	return k
}

type covHit struct{ rule, secret string }

func overlaps(got, want string) bool {
	if len(got) < 8 {
		return got == want
	}
	return strings.Contains(got, want) || strings.Contains(want, got)
}

func measure(c *covCorpus, tool string, scan func(path, text string) []covHit) *covResult {
	r := &covResult{tool: tool, found: map[string]bool{}, fp: map[string][]string{}, providers: map[string][2]int{}}
	want := map[string]covPositive{}
	for _, p := range c.positives {
		want[p.path] = p
	}
	for p, text := range c.files {
		switch {
		case strings.HasPrefix(p, "positives/"):
			pos := want[p]
			hits := scan(p, text)
			ok := false
			for _, h := range hits {
				ok = ok || overlaps(h.secret, pos.secret)
			}
			r.found[p] = ok
			n := r.providers[pos.provider]
			n[1]++
			if ok {
				n[0]++
			}
			r.providers[pos.provider] = n
		case strings.HasPrefix(p, "decoys/"):
			cat := strings.SplitN(strings.TrimPrefix(p, "decoys/"), "/", 2)[0]
			for _, h := range scan(p, text) {
				r.fp[cat] = append(r.fp[cat], p+": "+h.rule)
				r.fpTotal++
			}
		}
	}
	return r
}

func decoyCount(c *covCorpus) (items int, byCat map[string]int) {
	byCat = map[string]int{}
	for p, text := range c.files {
		if !strings.HasPrefix(p, "decoys/") {
			continue
		}
		cat := strings.SplitN(strings.TrimPrefix(p, "decoys/"), "/", 2)[0]
		n := 1
		if cat != "providers" {
			n = 0
			for _, l := range strings.Split(text, "\n") {
				if t := strings.TrimSpace(l); t != "" && t != "{" && t != "}" && t != "[" && t != "]" {
					n++
				}
			}
		}
		byCat[cat] += n
		items += n
	}
	return items, byCat
}

func measureBoth(t *testing.T, c *covCorpus) (sv, gl *covResult) {
	cfg, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := rules.New(cfg, rules.Options{MaxDecodeDepth: 5})
	sv = measure(c, "secretvet", func(p, text string) []covHit {
		var out []covHit
		for _, m := range e.Scan(rules.Target{Text: text, Path: p}) {
			out = append(out, covHit{m.Rule.ID, m.Secret})
		}
		return out
	})
	d := newGitleaksDetector(t, 5)
	gl = measure(c, "gitleaks", func(p, text string) []covHit {
		var out []covHit
		//lint:ignore SA1019 Detect, gitleaks' own entry point, takes this type
		for _, f := range d.Detect(detect.Fragment{Raw: text, FilePath: p}) {
			out = append(out, covHit{f.RuleID, f.Secret})
		}
		return out
	})
	return sv, gl
}

// TestCoverageAgainstGitleaks is the fast form of the measurement that
// every `go test` runs: on the corpus, secretvet finds at least what
// gitleaks finds and reports no more false positives.
func TestCoverageAgainstGitleaks(t *testing.T) {
	t.Parallel() // one of the long tests: they share nothing mutable
	c := readCoverageCorpus(t)
	sv, gl := measureBoth(t, c)
	n := len(c.positives)
	if sv.recall(n) < gl.recall(n) {
		t.Errorf("recall: secretvet %d/%d < gitleaks %d/%d", sv.recall(n), n, gl.recall(n), n)
	}
	if sv.fpTotal > gl.fpTotal {
		t.Errorf("false positives: secretvet %d > gitleaks %d", sv.fpTotal, gl.fpTotal)
	}
	for p, ok := range gl.found {
		if ok && !sv.found[p] {
			t.Errorf("%s: gitleaks finds the secret, secretvet does not", p)
		}
	}
	if sv.recall(n) < n*95/100 {
		t.Errorf("secretvet recall %d/%d is below 95%%", sv.recall(n), n)
	}
}

// TestCoverageReport prints recall, false positives and precision of both
// tools on the corpus (-coverage.report; scripts/coverage.sh).
func TestCoverageReport(t *testing.T) {
	if !*coverageReport {
		t.Skip("run with -coverage.report")
	}
	c := readCoverageCorpus(t)
	sv, gl := measureBoth(t, c)
	n := len(c.positives)
	items, byCat := decoyCount(c)
	providers := map[string]bool{}
	for _, p := range c.positives {
		providers[p.provider] = true
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\ncoverage corpus: %d positives (%d providers), %d decoys in %d categories\n\n", n, len(providers), items, len(byCat))
	fmt.Fprintf(&b, "%-10s %-18s %-26s %s\n", "tool", "recall", "false positives (rate)", "precision")
	for _, r := range []*covResult{sv, gl} {
		k := r.recall(n)
		prec := 100.0
		if k+r.fpTotal > 0 {
			prec = 100 * float64(k) / float64(k+r.fpTotal)
		}
		fmt.Fprintf(&b, "%-10s %3d/%-3d (%5.1f%%)   %3d / %d decoys (%4.1f%%)    %5.1f%%\n",
			r.tool, k, n, 100*float64(k)/float64(n), r.fpTotal, items, 100*float64(r.fpTotal)/float64(items), prec)
	}
	// Recall split: secretvet's own providers and gitleaks-covered ones.
	for _, part := range []string{"secretvet rules", "gitleaks/"} {
		var tot, s, g int
		for _, p := range c.positives {
			mine := !strings.HasPrefix(p.provider, "gitleaks/")
			if (part == "gitleaks/") == mine {
				continue
			}
			tot++
			if sv.found[p.path] {
				s++
			}
			if gl.found[p.path] {
				g++
			}
		}
		label := "providers of secretvet's rule files"
		if part == "gitleaks/" {
			label = "providers gitleaks covers"
		}
		fmt.Fprintf(&b, "\n%-38s secretvet %3d/%d, gitleaks %3d/%d", label, s, tot, g, tot)
	}
	fmt.Fprintf(&b, "\n\nfalse positives by decoy category (decoys: secretvet / gitleaks)\n")
	var cats []string
	for cat := range byCat {
		cats = append(cats, cat)
	}
	sort.Strings(cats)
	for _, cat := range cats {
		fmt.Fprintf(&b, "  %-14s %4d: %3d / %3d\n", cat, byCat[cat], len(sv.fp[cat]), len(gl.fp[cat]))
	}
	for _, r := range []*covResult{sv, gl} {
		fmt.Fprintf(&b, "\n%s false positives:\n", r.tool)
		var all []string
		for _, l := range r.fp {
			all = append(all, l...)
		}
		sort.Strings(all)
		for _, l := range all {
			fmt.Fprintf(&b, "  %s\n", l)
		}
		fmt.Fprintf(&b, "%s misses:\n", r.tool)
		var miss []string
		for p, ok := range r.found {
			if !ok {
				miss = append(miss, p)
			}
		}
		sort.Strings(miss)
		for _, p := range miss {
			fmt.Fprintf(&b, "  %s\n", p)
		}
	}
	t.Log(b.String())
}
