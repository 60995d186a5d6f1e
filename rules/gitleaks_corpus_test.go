package rules_test

// The corpus shared by the differential test against gitleaks
// (gitleaks_diff_test.go) and the engine benchmark (gitleaks_bench_test.go):
// real files from pinned modules in the module cache, copied with fake but
// format-valid secrets planted at random lines by a seeded generator.

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"math/rand"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/secretvet/secretvet/rules"
)

var (
	corpusFull    = flag.Bool("corpus.full", false, "gitleaks diff/bench: use every text file of the corpus modules instead of a sample")
	corpusModules = flag.String("corpus.modules", "", "gitleaks diff/bench: comma-separated corpus module tags to use (gitleaks, xtools, gogit); empty = all")
	corpusSeed    = flag.Int64("corpus.seed", 20240611, "gitleaks diff/bench: seed of the file sample and of the planted secrets")
)

// corpusModule is a module whose files make up part of the corpus.
type corpusModule struct {
	tag     string // short name for -corpus.modules
	path    string
	version string // "" = the version go.mod pins
	// budget is how many bytes of files the default (sampled) corpus takes.
	budget int
	// always lists folders taken whole in the sampled corpus (before the
	// budget is spent): gitleaks' rule sources and testdata hold hundreds of
	// real-looking secrets, which is what the comparison is about.
	always []string
}

// The modules not in go.mod are pinned here, to versions that were in the
// module cache when the test was written.
var corpusModuleList = []corpusModule{
	{tag: "gitleaks", path: "github.com/zricethezav/gitleaks/v8", budget: 120 << 10,
		always: []string{"cmd/generate/config/rules/", "testdata/"}},
	{tag: "xtools", path: "golang.org/x/tools", version: "v0.52.0", budget: 320 << 10},
	{tag: "gogit", path: "github.com/go-git/go-git/v5", version: "v5.19.3", budget: 200 << 10},
}

const (
	maxSampledFile = 128 << 10 // larger files are left out of the sample
	maxCorpusFile  = 2 << 20   // and out of the full corpus
)

// corpusFile is one planted copy of a real file.
type corpusFile struct {
	Path   string // module@version/relative path
	Text   string
	Plants []plant
}

// plant is one secret the generator put in a file, and what gitleaks
// should report for it.
type plant struct {
	Rule   string
	Secret string
	Line   int // 1-based line where the match starts
	// LineSlack: the match may start up to this many lines earlier (a
	// curl rule match starts at any "curl" up to 5 lines before).
	LineSlack int
	Enc       string // "" (clear text), "base64", "base64x2", "hex", "percent"
	Ctx       string // the assignment context
	// MinDepth is the decode depth from which it can be found.
	MinDepth int
}

type corpus struct {
	files  []corpusFile
	bytes  int
	plants int
}

var corpusCache struct {
	sync.Mutex
	m map[string]*corpus
}

// loadCorpus returns the planted corpus the flags select (built once per
// test binary).
func loadCorpus(tb testing.TB) *corpus {
	tb.Helper()
	key := fmt.Sprintf("%v|%s|%d", *corpusFull, *corpusModules, *corpusSeed)
	corpusCache.Lock()
	defer corpusCache.Unlock()
	if c := corpusCache.m[key]; c != nil {
		return c
	}
	want := map[string]bool{}
	for _, t := range strings.Split(*corpusModules, ",") {
		if t = strings.TrimSpace(t); t != "" {
			want[t] = true
		}
	}
	gen := newPlanter(tb, *corpusSeed)
	c := &corpus{}
	for _, m := range corpusModuleList {
		if len(want) > 0 && !want[m.tag] {
			continue
		}
		dir, version := moduleDir(tb, m.path, m.version)
		files, err := pickFiles(dir, m, *corpusFull, rand.New(rand.NewSource(*corpusSeed)))
		if err != nil {
			tb.Fatalf("corpus module %s: %v", m.path, err)
		}
		if len(files) == 0 {
			tb.Fatalf("corpus module %s@%s: no text files in %s", m.path, version, dir)
		}
		for _, f := range files {
			name := m.path + "@" + version + "/" + f.rel
			text, plants := gen.plantFile(name, f.text)
			c.files = append(c.files, corpusFile{Path: name, Text: text, Plants: plants})
			c.bytes += len(text)
			c.plants += len(plants)
		}
	}
	if len(c.files) == 0 {
		tb.Fatalf("-corpus.modules=%q selects no module (have gitleaks, xtools, gogit)", *corpusModules)
	}
	if corpusCache.m == nil {
		corpusCache.m = map[string]*corpus{}
	}
	corpusCache.m[key] = c
	return c
}

// moduleDir returns the module's folder in the module cache, downloading it
// through the module proxy when it is missing. version "" means the version
// go.mod pins. A module that cannot
// be had fails the test: a silently skipped comparison would look like a
// passing one.
func moduleDir(tb testing.TB, modPath, version string) (dir, resolved string) {
	tb.Helper()
	if version == "" {
		version = pinnedVersion(tb, modPath)
	}
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		tb.Fatalf("corpus: go env GOMODCACHE: %v%s", err, stderrOf(err))
	}
	d := filepath.Join(strings.TrimSpace(string(out)), filepath.FromSlash(escapeModulePath(modPath))+"@"+version)
	if st, err := os.Stat(d); err == nil && st.IsDir() {
		return d, version
	}
	// Run outside our module so that go.mod and go.sum stay untouched.
	cmd := exec.Command("go", "mod", "download", "-json", modPath+"@"+version)
	cmd.Dir = tb.TempDir()
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOFLAGS=-mod=mod")
	out, err = cmd.Output()
	var m struct{ Dir, Error string }
	_ = json.Unmarshal(out, &m)
	if err != nil || m.Dir == "" {
		tb.Fatalf("corpus: module %s@%s is not in the module cache and go mod download failed (%v%s %s); "+
			"the differential test needs it, it does not skip", modPath, version, err, stderrOf(err), m.Error)
	}
	return m.Dir, version
}

// pinnedVersion is the version of modPath that go.mod pins. It asks the go
// command, which needs to run inside the module (go test runs the test in
// the package's folder).
func pinnedVersion(tb testing.TB, modPath string) string {
	tb.Helper()
	out, err := exec.Command("go", "list", "-m", "-json", modPath).Output()
	if err != nil {
		tb.Fatalf("corpus: go list -m -json %s (run the test inside the module): %v%s", modPath, err, stderrOf(err))
	}
	var m struct{ Version string }
	if err := json.Unmarshal(out, &m); err != nil || m.Version == "" {
		tb.Fatalf("corpus: go list -m -json %s: no version (%v)", modPath, err)
	}
	return m.Version
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok && len(ee.Stderr) > 0 {
		return ": " + strings.TrimSpace(string(ee.Stderr))
	}
	return ""
}

// escapeModulePath is the module cache's case encoding: an upper-case
// letter becomes '!' and the letter in lower case.
func escapeModulePath(p string) string {
	var b strings.Builder
	for _, r := range p {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

type sourceFile struct{ rel, text string }

// pickFiles returns the module's text files the corpus uses, in a fixed
// order: every one with full, else the always folders and a seeded sample
// of the rest up to the byte budget.
func pickFiles(dir string, m corpusModule, full bool, rng *rand.Rand) ([]sourceFile, error) {
	var rels []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			rels = append(rels, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk: %w", err)
	}
	sort.Strings(rels)
	read := func(rel string, limit int) (string, bool) {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil || len(b) == 0 || len(b) > limit || !isText(b) {
			return "", false
		}
		return string(b), true
	}
	var out []sourceFile
	if full {
		for _, rel := range rels {
			if text, ok := read(rel, maxCorpusFile); ok {
				out = append(out, sourceFile{rel, text})
			}
		}
		return out, nil
	}
	var rest []string
	for _, rel := range rels {
		always := false
		for _, a := range m.always {
			always = always || strings.HasPrefix(rel, a)
		}
		if !always {
			rest = append(rest, rel)
			continue
		}
		if text, ok := read(rel, maxSampledFile); ok {
			out = append(out, sourceFile{rel, text})
		}
	}
	rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	spent := 0
	for _, rel := range rest {
		if spent >= m.budget {
			break
		}
		if text, ok := read(rel, maxSampledFile); ok {
			out = append(out, sourceFile{rel, text})
			spent += len(text)
		}
	}
	return out, nil
}

// isText leaves out binary files (git objects, archives, images): gitleaks'
// CLI does not scan them either.
func isText(b []byte) bool {
	return bytes.IndexByte(b, 0) < 0 && utf8.Valid(b)
}

// planter plants secrets. Every token is built here from a prefix and
// random characters, so no secret-looking literal sits in this source.
type planter struct {
	rng       *rand.Rand
	next      int // round robin over tokenKinds, so every rule is planted
	stopwords []string
}

func newPlanter(tb testing.TB, seed int64) *planter {
	tb.Helper()
	cfg, err := rules.Gitleaks()
	if err != nil {
		tb.Fatalf("gitleaks config: %v", err)
	}
	p := &planter{rng: rand.New(rand.NewSource(seed))}
	// A generic secret holding one of gitleaks' stopwords is dropped by
	// design; the generator avoids them so that every plant must be found.
	for _, r := range cfg.Rules {
		if r.ID == "generic-api-key" {
			for _, a := range r.Allowlists {
				p.stopwords = append(p.stopwords, a.StopWords...)
			}
		}
	}
	if len(p.stopwords) == 0 {
		tb.Fatal("gitleaks config: generic-api-key has no stopwords; the generator relies on them")
	}
	return p
}

const (
	upperChars  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	lowerChars  = "abcdefghijklmnopqrstuvwxyz"
	digitChars  = "0123456789"
	alnumChars  = upperChars + lowerChars + digitChars
	hexChars    = "0123456789abcdef"
	wordChars   = alnumChars + "_"
	dashChars   = alnumChars + "_-"
	bech32Chars = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
)

func (p *planter) chars(alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[p.rng.Intn(len(alphabet))]
	}
	return string(b)
}

// tokenKind makes a token for one gitleaks rule.
type tokenKind struct {
	rule string
	// hint is the service part of the variable names it is assigned to.
	hint string
	make func(p *planter) string
	// encodable: may be planted encoded (base64, hex, percent).
	encodable bool
	// bearer: may be planted in an Authorization header.
	bearer bool
}

// pemMarker builds "-----BEGIN RSA PRIVATE KEY-----" and its END line from
// parts, so that this file holds no key header.
func pemMarker(word, kind string) string {
	dashes := strings.Repeat("-", 5)
	return dashes + word + " " + kind + " PRIVATE " + "KEY" + dashes
}

var tokenKinds = []tokenKind{
	{rule: "aws-access-token", hint: "aws", encodable: true, make: func(p *planter) string {
		return "AK" + "IA" + p.chars(upperChars+"234567", 16)
	}},
	{rule: "github-pat", hint: "github", encodable: true, bearer: true, make: func(p *planter) string {
		return "ghp" + "_" + p.chars(alnumChars, 36)
	}},
	{rule: "github-fine-grained-pat", hint: "gh", encodable: true, bearer: true, make: func(p *planter) string {
		return "github" + "_pat_" + p.chars(wordChars, 82)
	}},
	{rule: "github-oauth", hint: "github_oauth", bearer: true, make: func(p *planter) string {
		return "gho" + "_" + p.chars(alnumChars, 36)
	}},
	{rule: "gitlab-pat", hint: "gitlab", encodable: true, bearer: true, make: func(p *planter) string {
		return "glpat" + "-" + p.chars(dashChars, 20)
	}},
	{rule: "gitlab-runner-authentication-token", hint: "runner", make: func(p *planter) string {
		return "glrt" + "-" + p.chars(dashChars, 20)
	}},
	{rule: "slack-bot-token", hint: "slack_bot", encodable: true, bearer: true, make: func(p *planter) string {
		return "xoxb" + "-" + p.chars(digitChars, 11) + "-" + p.chars(digitChars, 12) + "-" + p.chars(alnumChars, 24)
	}},
	{rule: "slack-user-token", hint: "slack_user", bearer: true, make: func(p *planter) string {
		return "xoxp" + "-" + p.chars(digitChars, 11) + "-" + p.chars(digitChars, 12) + "-" + p.chars(digitChars, 12) + "-" + p.chars(alnumChars, 32)
	}},
	{rule: "slack-webhook-url", hint: "slack_webhook", make: func(p *planter) string {
		return "https://hooks." + "slack.com/services/T" + p.chars(upperChars+digitChars, 10) + "/B" + p.chars(upperChars+digitChars, 10) + "/" + p.chars(alnumChars, 24)
	}},
	{rule: "stripe-access-token", hint: "stripe", encodable: true, bearer: true, make: func(p *planter) string {
		return "sk" + "_live_" + p.chars(alnumChars, 24+p.rng.Intn(75))
	}},
	{rule: "openai-api-key", hint: "openai", bearer: true, make: func(p *planter) string {
		marker := "T3Blbk" + "FJ"
		if p.rng.Intn(2) == 0 {
			return "sk-" + p.chars(alnumChars, 20) + marker + p.chars(alnumChars, 20)
		}
		return "sk-" + "proj-" + p.chars(dashChars, 73) + p.chars(alnumChars, 1) + marker + p.chars(dashChars, 73) + p.chars(alnumChars, 1)
	}},
	{rule: "anthropic-api-key", hint: "anthropic", bearer: true, make: func(p *planter) string {
		return "sk-" + "ant-api03-" + p.chars(dashChars, 93) + "AA"
	}},
	{rule: "gcp-api-key", hint: "google", encodable: true, make: func(p *planter) string {
		return "AI" + "za" + p.chars(dashChars, 35)
	}},
	{rule: "jwt", hint: "session", bearer: true, make: func(p *planter) string {
		enc := base64.RawURLEncoding
		head := enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
		body := enc.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d}`, p.chars(alnumChars, 12), 1600000000+p.rng.Intn(1e8))))
		return head + "." + body + "." + p.chars(alnumChars+"-_", 42) + p.chars(alnumChars, 1)
	}},
	{rule: "npm-access-token", hint: "npm", encodable: true, make: func(p *planter) string {
		return "npm" + "_" + p.chars(lowerChars+digitChars, 36)
	}},
	{rule: "pypi-upload-token", hint: "pypi", make: func(p *planter) string {
		return "pypi-" + "AgEIcHlwaS5vcmc" + p.chars(dashChars, 60+p.rng.Intn(100))
	}},
	{rule: "sendgrid-api-token", hint: "sendgrid", bearer: true, make: func(p *planter) string {
		return "SG" + "." + p.chars(dashChars, 22) + "." + p.chars(dashChars, 43)
	}},
	{rule: "twilio-api-key", hint: "twilio", make: func(p *planter) string {
		return "S" + "K" + p.chars(hexChars, 32)
	}},
	{rule: "digitalocean-pat", hint: "digitalocean", encodable: true, bearer: true, make: func(p *planter) string {
		return "dop" + "_v1_" + p.chars(hexChars, 64)
	}},
	{rule: "shopify-access-token", hint: "shopify", make: func(p *planter) string {
		return "shp" + "at_" + p.chars(hexChars, 32)
	}},
	{rule: "hashicorp-tf-api-token", hint: "terraform", bearer: true, make: func(p *planter) string {
		return p.chars(lowerChars+digitChars, 14) + ".atlas" + "v1." + p.chars(lowerChars+digitChars+"-_", 60+p.rng.Intn(10))
	}},
	{rule: "doppler-api-token", hint: "doppler", bearer: true, make: func(p *planter) string {
		return "dp" + ".pt." + p.chars(alnumChars, 43)
	}},
	{rule: "postman-api-token", hint: "postman", make: func(p *planter) string {
		return "PM" + "AK-" + p.chars(hexChars, 24) + "-" + p.chars(hexChars, 34)
	}},
	{rule: "linear-api-key", hint: "linear", bearer: true, make: func(p *planter) string {
		return "lin" + "_api_" + p.chars(alnumChars, 40)
	}},
	{rule: "databricks-api-token", hint: "databricks", encodable: true, bearer: true, make: func(p *planter) string {
		return "da" + "pi" + p.chars(hexChars, 32)
	}},
	{rule: "heroku-api-key-v2", hint: "heroku", bearer: true, make: func(p *planter) string {
		return "HRKU" + "-AA" + p.chars(dashChars, 58)
	}},
	{rule: "huggingface-access-token", hint: "hf", bearer: true, make: func(p *planter) string {
		return "hf" + "_" + p.chars(upperChars+lowerChars, 34)
	}},
	{rule: "grafana-service-account-token", hint: "grafana", bearer: true, make: func(p *planter) string {
		return "gl" + "sa_" + p.chars(alnumChars, 32) + "_" + p.chars(hexChars, 8)
	}},
	{rule: "dynatrace-api-token", hint: "dynatrace", encodable: true, bearer: true, make: func(p *planter) string {
		return "dt0" + "c01." + p.chars(upperChars+digitChars, 24) + "." + p.chars(upperChars+digitChars, 64)
	}},
	{rule: "age-secret-key", hint: "age", make: func(p *planter) string {
		return "AGE-" + "SECRET-KEY-1" + p.chars(bech32Chars, 58)
	}},
	{rule: "private-key", hint: "tls", encodable: true, make: func(p *planter) string {
		kinds := []string{"RSA", "EC", "OPENSSH", "DSA", ""}
		kind := kinds[p.rng.Intn(len(kinds))]
		raw := make([]byte, 48*(4+p.rng.Intn(12)))
		p.rng.Read(raw)
		body := base64.StdEncoding.EncodeToString(raw)
		var lines []string
		for len(body) > 64 {
			lines = append(lines, body[:64])
			body = body[64:]
		}
		lines = append(lines, body)
		begin, end := pemMarker("BEGIN", kind), pemMarker("END", kind)
		if kind == "" {
			begin, end = strings.Replace(begin, "  ", " ", 1), strings.Replace(end, "  ", " ", 1)
		}
		return begin + "\n" + strings.Join(lines, "\n") + "\n" + end
	}},
	{rule: "generic-api-key", hint: "service", make: func(p *planter) string {
		for {
			v := p.chars(alnumChars, 20+p.rng.Intn(20))
			if !p.hasStopword(v) && entropy(v) > 3.5 && strings.ContainsAny(v, digitChars) {
				return v
			}
		}
	}},
	{rule: "curl-auth-header", hint: "curl", make: func(p *planter) string {
		return p.chars(alnumChars, 40)
	}},
}

func (p *planter) hasStopword(v string) bool {
	lv := strings.ToLower(v)
	for _, w := range p.stopwords {
		if strings.Contains(lv, w) {
			return true
		}
	}
	return false
}

func entropy(s string) float64 {
	counts := map[rune]int{}
	for _, r := range s {
		counts[r]++
	}
	h := 0.0
	for _, n := range counts {
		f := float64(n) / float64(len(s))
		h -= f * math.Log2(f)
	}
	return h
}

// Assignment contexts.
const (
	ctxGo     = "go-const"
	ctxYAML   = "yaml"
	ctxJSON   = "json"
	ctxEnv    = "dotenv"
	ctxExport = "shell-export"
	ctxHeader = "authorization-header"
	ctxCurl   = "curl"
	ctxURL    = "url-query" // percent-encoded plants
)

var valueContexts = []string{ctxGo, ctxYAML, ctxJSON, ctxEnv, ctxExport}

// varName is a variable name in the style of ctx: the service hint and a
// suffix, some of which are generic-api-key keywords and some not, so
// that both the generic rule and its shadowing by specific rules are
// exercised.
func (p *planter) varName(ctx, hint string, generic bool) string {
	suffixes := []string{"token", "key", "secret", "value", "dsn", "credential", "pass" + "word"}
	if generic {
		suffixes = []string{"api_key", "token", "secret", "pass" + "word", "auth_token", "access_" + "key"}
	}
	words := strings.Split(hint+"_"+suffixes[p.rng.Intn(len(suffixes))], "_")
	switch ctx {
	case ctxGo:
		for i := 1; i < len(words); i++ {
			words[i] = strings.ToUpper(words[i][:1]) + words[i][1:]
		}
		return strings.Join(words, "")
	case ctxEnv, ctxExport:
		return strings.ToUpper(strings.Join(words, "_"))
	}
	return strings.Join(words, "_")
}

// assign renders name = value in ctx; value may span lines.
func assign(ctx, name, value string) string {
	multi := strings.Contains(value, "\n")
	switch ctx {
	case ctxGo:
		if multi {
			return "var " + name + " = `" + value + "`"
		}
		return "const " + name + " = " + `"` + value + `"`
	case ctxYAML:
		if multi {
			return name + ": |\n  " + strings.ReplaceAll(value, "\n", "\n  ")
		}
		return name + ": " + value
	case ctxJSON:
		return `  "` + name + `": "` + strings.ReplaceAll(value, "\n", `\n`) + `",`
	case ctxEnv:
		if multi {
			return name + `="` + value + `"`
		}
		return name + "=" + value
	case ctxExport:
		return "export " + name + `="` + value + `"`
	}
	panic("unknown context " + ctx)
}

// makePlant returns the lines of one plant and what gitleaks should report.
func (p *planter) makePlant(ext string) (string, plant) {
	k := tokenKinds[p.next%len(tokenKinds)]
	p.next++
	tok := k.make(p)
	if k.encodable {
		// gitleaks decodes only base64 text holding a digit or one of
		// +/-_ (it misses the ~1% of base64 without one, by design); a
		// token whose encodings lack one is made again, so that every
		// encoded plant must be found.
		for !likelyBase64(b64(tok)) || !likelyBase64(b64(b64(tok))) {
			tok = k.make(p)
		}
	}
	pl := plant{Rule: k.rule, Secret: tok}
	// anchor is where the match starts in the rendered snippet.
	anchor := tok
	var snippet string
	switch {
	case k.rule == "curl-auth-header":
		pl.Ctx = ctxCurl
		snippet = fmt.Sprintf(`curl -sS -H "Authorization: Bearer %s" https://ci.internal.test/v1/items`, tok)
		anchor = "curl"
		pl.LineSlack = 5
	case k.rule == "slack-webhook-url" && p.rng.Intn(3) == 0:
		pl.Ctx, pl.Enc, pl.MinDepth = ctxURL, "percent", 1
		enc := url.QueryEscape(tok)
		snippet = "notify_url: https://relay.internal.test/forward?target=" + enc
		anchor = enc
	case k.encodable && p.rng.Intn(4) == 0:
		ctx := valueContexts[p.rng.Intn(len(valueContexts))]
		pl.Ctx = ctx
		var enc string
		switch r := p.rng.Intn(10); {
		case r < 5 || k.rule == "private-key":
			pl.Enc, pl.MinDepth = "base64", 1
			enc = b64(tok)
		case r < 7:
			pl.Enc, pl.MinDepth = "base64x2", 2
			enc = b64(b64(tok))
		case r < 9:
			pl.Enc, pl.MinDepth = "hex", 1
			enc = hex.EncodeToString([]byte(tok))
		default:
			pl.Ctx, pl.Enc, pl.MinDepth = ctxURL, "percent", 1
			var b strings.Builder
			for i := 0; i < len(tok); i++ {
				fmt.Fprintf(&b, "%%%02X", tok[i])
			}
			enc = b.String()
		}
		if pl.Ctx == ctxURL {
			snippet = "callback: https://ci.internal.test/hook?" + p.varName(ctxYAML, k.hint, false) + "=" + enc
		} else {
			snippet = assign(ctx, p.varName(ctx, k.hint, false)+"_"+strings.TrimSuffix(pl.Enc, "x2"), enc)
		}
		anchor = enc
	case k.bearer && p.rng.Intn(4) == 0:
		pl.Ctx = ctxHeader
		if ext == ".go" || p.rng.Intn(2) == 0 {
			snippet = `	req.Header.Set("Authorization", "Bearer ` + tok + `")`
		} else {
			snippet = "Authorization: Bearer " + tok
		}
	default:
		ctx := valueContexts[p.rng.Intn(len(valueContexts))]
		switch ext {
		case ".go":
			ctx = []string{ctxGo, ctx}[p.rng.Intn(2)]
		case ".yaml", ".yml":
			ctx = []string{ctxYAML, ctx}[p.rng.Intn(2)]
		case ".json":
			ctx = []string{ctxJSON, ctx}[p.rng.Intn(2)]
		case ".sh", ".bash":
			ctx = []string{ctxExport, ctx}[p.rng.Intn(2)]
		}
		pl.Ctx = ctx
		// (A generic-api-key match starts at the name, on the line of the
		// value, so the token is a good enough anchor for the line.)
		snippet = assign(ctx, p.varName(ctx, k.hint, k.rule == "generic-api-key"), tok)
	}
	if k.rule == "private-key" && pl.Enc == "" {
		// The secret is the whole match, as the context renders it.
		start := strings.Index(snippet, strings.SplitN(tok, "\n", 2)[0])
		endLine := tok[strings.LastIndexByte(tok, '\n')+1:]
		end := strings.Index(snippet[start:], endLine) + start + len(endLine)
		pl.Secret = snippet[start:end]
		anchor = pl.Secret
	}
	if i := strings.Index(snippet, anchor); i >= 0 {
		pl.Line = strings.Count(snippet[:i], "\n") // offset; made absolute by plantFile
	}
	return snippet, pl
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func likelyBase64(s string) bool { return strings.ContainsAny(s, digitChars+"+/-_") }

// plantFile returns a copy of text with 0 to 3 plants inserted before
// random lines.
func (p *planter) plantFile(name, text string) (string, []plant) {
	n := p.rng.Intn(4)
	if n == 0 {
		return text, nil
	}
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	// Distinct insertion points keep a real line between two plants: a
	// generic-api-key match may run over a line end, and a plant ending in
	// an operator (`",` in JSON) would swallow the next plant's name.
	at := append([]int(nil), p.rng.Perm(len(lines) + 1)[:min(n, len(lines)+1)]...)
	sort.Ints(at)
	ext := path.Ext(name)
	var b strings.Builder
	b.Grow(len(text) + n*256)
	var plants []plant
	line := 1
	atLineStart := true
	emit := func(s string) {
		b.WriteString(s)
		line += strings.Count(s, "\n")
		atLineStart = strings.HasSuffix(s, "\n")
	}
	next := 0
	for i := 0; i <= len(lines); i++ {
		for next < len(at) && at[next] == i {
			if !atLineStart {
				emit("\n") // the file did not end with a newline
			}
			snippet, pl := p.makePlant(ext)
			pl.Line += line
			plants = append(plants, pl)
			emit(snippet + "\n")
			next++
		}
		if i < len(lines) {
			emit(lines[i])
		}
	}
	return b.String(), plants
}
