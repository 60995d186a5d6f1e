package rules_test

import (
	"encoding/base64"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/rules"
	"github.com/secretvet/secretvet/rules/checksum"
)

// bundleNoise is a shape that a build tool writes into bundles and source maps
// and that holds no secret; each makes text from a seeded source. The
// shapes are those measured in bundles.toml.
var bundleNoise = []struct {
	name string
	make func(g *bundleGen) string
}{
	{"chunk map keyed by number", func(g *bundleGen) string { return fmt.Sprintf(`%d:"%s",`, g.rng.Intn(999), g.pick(bHex, 20)) }},
	{"chunk map keyed by module path", func(g *bundleGen) string {
		return fmt.Sprintf(`"src_pages_%s%s_tsx":"%s",`, g.word(), g.pick(bLower, 3), g.pick(bHex, 20))
	}},
	{"chunk map keyed by file name", func(g *bundleGen) string {
		return fmt.Sprintf(`"./%s%s.%s":"%s",`, g.word(), g.pick(bLower, 3), []string{"ts", "tsx", "js", "css"}[g.rng.Intn(4)], g.pick(bHex, 8))
	}},
	{"asset names", func(g *bundleGen) string {
		return fmt.Sprintf(`"assets/%s%s-%s.js",`, g.word(), g.pick(bLower, 3), g.pick(bAlnum, 8))
	}},
	{"integrity attribute", func(g *bundleGen) string {
		return fmt.Sprintf(`'<script src="/ui/index.js" integrity="sha%d-%s"></script>'+`, []int{256, 384, 512}[g.rng.Intn(3)], g.b64(48))
	}},
	{"integrity keyed by a word", func(g *bundleGen) string { return fmt.Sprintf(`{%sIntegrity:"sha384-%s"},`, g.word(), g.b64(48)) }},
	{"integrity as a word's value", func(g *bundleGen) string { return fmt.Sprintf(`%s:"sha512-%s",`, g.word(), g.b64(64)) }},
	{"public key pins", func(g *bundleGen) string {
		return fmt.Sprintf(`"Public-Key-Pins":'pin-sha256="%s"; max-age=5184000',`, g.b64(32))
	}},
	{"font data URI", func(g *bundleGen) string {
		return fmt.Sprintf(`@font-face{src:url(data:font/woff2;base64,%s) format("woff2")}`, g.b64(3000))
	}},
	{"image data URI keyed by a word", func(g *bundleGen) string {
		return fmt.Sprintf(`%sIcon:"data:image/png;base64,%s",`, g.word(), g.b64(600))
	}},
	{"svg data URI as a word's value", func(g *bundleGen) string {
		return fmt.Sprintf(`%s:"data:image/svg+xml;base64,%s",`, g.word(), g.b64(600))
	}},
	{"names list, snake_case", func(g *bundleGen) string {
		return fmt.Sprintf(`"use%s%s","_%s_%s%s%d_%s%d",`, g.word(), g.pick(bAlnum, 3), g.pick(bLower, 4), g.pick(bLower, 2), strings.ToLower(g.word()), g.rng.Intn(9), g.pick(bLower, 3), g.rng.Intn(99))
	}},
	{"names list, import aliases", func(g *bundleGen) string {
		return fmt.Sprintf(`"%sClient","client_%s_environment_v%d_1",`, g.word(), g.pick(bLower, 7), g.rng.Intn(9))
	}},
	{"names list, camelCase", func(g *bundleGen) string {
		return fmt.Sprintf(`"use%sState","create%sProvider%s",`, g.word(), g.word(), []string{"", "2", "V2", "V10"}[g.rng.Intn(4)])
	}},
	{"mangled assignments", func(g *bundleGen) string {
		return fmt.Sprintf(`var %s%s$%d=create%s%s_%d;`, strings.ToLower(g.word()), g.pick(bAlnum, 4), g.rng.Intn(9), g.word(), g.pick(bAlnum, 6), g.rng.Intn(9))
	}},
	{"webpack module variables", func(g *bundleGen) string {
		return fmt.Sprintf(`var _%s_%s__WEBPACK_IMPORTED_MODULE_%d__=__webpack_require__(%d);`, strings.ToLower(g.word()), g.pick(bLower, 5), g.rng.Intn(20), g.rng.Intn(9999))
	}},
	{"CSS module class maps", func(g *bundleGen) string {
		w := strings.ToLower(g.word())
		return fmt.Sprintf(`%sField:"App_%sField__%s",%sInput:"_%sInput_%s_%d",`, w, w, g.pick(bAlnum, 5), w, w, g.pick(bAlnum, 5), g.rng.Intn(99))
	}},
}

const (
	bAlnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	bLower  = "abcdefghijklmnopqrstuvwxyz"
	bHex    = "0123456789abcdef"
	bBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
)

// bundleGen makes the random parts of a bundle from a fixed seed.
type bundleGen struct{ rng *rand.Rand }

func (g *bundleGen) pick(set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.rng.Intn(len(set))]
	}
	return string(b)
}

func (g *bundleGen) b64(n int) string {
	b := make([]byte, n)
	g.rng.Read(b)
	return base64.StdEncoding.EncodeToString(b)
}

// word is a word that generic-api-key takes as a keyword.
func (g *bundleGen) word() string {
	words := []string{"Token", "Secret", "Key", "Auth", "Password", "Api", "Credential", "Access"}
	return words[g.rng.Intn(len(words))]
}

// bundle builds a minified bundle of about size bytes (one line, as esbuild
// and webpack emit it) from every bundleNoise shape in turn, with plant inserted
// verbatim in the middle.
func bundle(seed int64, size int, plant ...string) string {
	g := &bundleGen{rng: rand.New(rand.NewSource(seed))}
	var b strings.Builder
	b.WriteString(`(()=>{"use strict";var e,t,r,n,o={},a={};function i(e){var t=a[e];if(void 0!==t)return t.exports}`)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(bundleNoise[i%len(bundleNoise)].make(g))
		if i == len(bundleNoise)*3 {
			for _, p := range plant {
				b.WriteString(p)
			}
		}
	}
	b.WriteString("})();\n//# sourceMappingURL=main.js.map\n")
	return b.String()
}

func describeMatches(text string, ms []rules.Match) string {
	var lines []string
	for _, m := range ms {
		s, e := max(m.Start-40, 0), min(m.End+10, len(text))
		lines = append(lines, fmt.Sprintf("  %s %v: …%s…", m.Rule.ID, m.Decoded, text[s:e]))
	}
	sort.Strings(lines)
	if len(lines) > 10 {
		lines = append(lines[:10], fmt.Sprintf("  … and %d more", len(lines)-10))
	}
	return strings.Join(lines, "\n")
}

func bundleEngine(t *testing.T) *rules.Engine {
	t.Helper()
	cfg, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return rules.New(cfg, rules.Options{MaxDecodeDepth: 5})
}

// TestBundleNoiseByShape: each shape alone, 100 KB of it, reports nothing.
func TestBundleNoiseByShape(t *testing.T) {
	t.Parallel() // one of the long tests: they share nothing mutable
	e := bundleEngine(t)
	for i, n := range bundleNoise {
		t.Run(n.name, func(t *testing.T) {
			g := &bundleGen{rng: rand.New(rand.NewSource(int64(i + 1)))}
			var b strings.Builder
			for b.Len() < 100_000 {
				b.WriteString(n.make(g))
			}
			text := b.String()
			if ms := e.Scan(rules.Target{Text: text, Path: "dist/ui/main.js"}); len(ms) > 0 {
				t.Errorf("%d false positives in %d bytes:\n%s", len(ms), len(text), describeMatches(text, ms))
			}
		})
	}
}

// bundleSecrets returns format-valid fake secrets, built from a seed, with
// the rule that must find each. The generic one is a random string that
// gitleaks' own rules report (some random strings hold a stopword).
func bundleSecrets(t *testing.T, seed int64) map[string]string {
	g := &bundleGen{rng: rand.New(rand.NewSource(seed))}
	gl, err := rules.Gitleaks()
	if err != nil {
		t.Fatal(err)
	}
	plain := rules.New(gl, rules.Options{})
	generic := ""
	for generic == "" {
		s := g.pick(bAlnum, 21)
		if len(plain.Scan(rules.Target{Text: `apiKey:"` + s + `"`})) > 0 {
			generic = s
		}
	}
	return map[string]string{
		"dt0c01." + g.pick(bBase32, 24) + "." + g.pick(bBase32, 64):  "dynatrace-api-token",
		"gh" + "p_" + checksum.AppendBase62CRC32(g.pick(bAlnum, 30)): "github-pat", // a valid checksum: github-pat checks it
		"AK" + "IA" + g.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16): "aws-access-token",
		generic: "generic-api-key",
	}
}

// TestBundleSecretsStillFound: secrets planted in a bundle full of bundleNoise,
// between the bundleNoise on the same line, are found; nothing else is.
func TestBundleSecretsStillFound(t *testing.T) {
	e := bundleEngine(t)
	for seed := int64(1); seed <= 3; seed++ {
		secrets := bundleSecrets(t, seed)
		var plant []string
		for s, rule := range secrets {
			switch rule {
			case "generic-api-key":
				plant = append(plant, fmt.Sprintf(`const u={token:e.accessToken,apiKey:"%s"};`, s))
			case "dynatrace-api-token":
				// right after a word-keyed integrity hash and a data URI
				plant = append(plant, fmt.Sprintf(`{tokenIntegrity:"sha384-%s"},keyIcon:"data:image/png;base64,%s",e.headers={Authorization:"Api-Token %s"};`,
					base64.StdEncoding.EncodeToString([]byte(strings.Repeat("x", 48))), base64.StdEncoding.EncodeToString([]byte("png")), s))
			default:
				plant = append(plant, fmt.Sprintf(`n.cfg={"src_pages_ApiTokens_tsx":"be91b2c4249be86893e1",v:"%s"};`, s))
			}
		}
		sort.Strings(plant)
		text := bundle(seed, 300_000, plant...)
		ms := e.Scan(rules.Target{Text: text, Path: "dist/ui/main.js"})
		found := map[string]string{}
		var extra []rules.Match
		for _, m := range ms {
			if want, ok := secrets[m.Secret]; ok && want == m.Rule.ID {
				found[m.Secret] = m.Rule.ID
				continue
			}
			extra = append(extra, m)
		}
		for s, rule := range secrets {
			if found[s] == "" {
				t.Errorf("seed %d: %s secret %s… not found", seed, rule, s[:6])
			}
		}
		if len(extra) > 0 {
			t.Errorf("seed %d: %d unexpected matches:\n%s", seed, len(extra), describeMatches(text, extra))
		}
	}
}

// TestBundleAllowlistsKeepTokens: no allowlist of bundles.toml drops a
// token-shaped secret, whatever the context.
func TestBundleAllowlistsKeepTokens(t *testing.T) {
	e := bundleEngine(t)
	for s, rule := range bundleSecrets(t, 9) {
		for _, ctx := range []string{`"ApiTokens.tsx":"%s"`, `"src_api_token_ts","%s"`, `integrity:"%s"`, `apiKey = "%s";`} {
			text := fmt.Sprintf(ctx, s)
			ok := false
			for _, m := range e.Scan(rules.Target{Text: text, Path: "dist/ui/main.js"}) {
				ok = ok || m.Secret == s
			}
			if !ok && rule != "generic-api-key" {
				t.Errorf("%s not found in %q", rule, strings.Replace(text, s, s[:6]+"…", 1))
			}
		}
	}
}
