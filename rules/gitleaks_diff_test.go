package rules_test

import (
	"fmt"
	"hash/fnv"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/spf13/viper"
	gitleaksconfig "github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/rules"
)

// knownDifference is an intended difference between secretvet's engine and
// gitleaks' detector on gitleaks' own default rules. Every one must say
// why; any difference not listed here fails TestGitleaksDiff.
type knownDifference struct {
	Rule string
	// Side is the engine that alone reports the finding: "gitleaks",
	// "secretvet", or "" for either.
	Side   string
	Reason string
}

// knownDifferences is empty: on gitleaks' rules the engine reports exactly
// what gitleaks does.
var knownDifferences = []knownDifference{}

// findingKey is what the two engines must agree on.
type findingKey struct {
	Path   string
	Line   int // 1-based line of the match start; 0 for a path-only finding
	Rule   string
	Secret string
}

// newGitleaksDetector builds gitleaks' detector with its default config,
// loaded the way gitleaks' CLI loads it (through viper).
func newGitleaksDetector(tb testing.TB, depth int) *detect.Detector {
	tb.Helper()
	v := viper.New()
	v.SetConfigType("toml")
	if err := v.ReadConfig(strings.NewReader(gitleaksconfig.DefaultConfig)); err != nil {
		tb.Fatalf("gitleaks default config: %v", err)
	}
	var vc gitleaksconfig.ViperConfig
	if err := v.Unmarshal(&vc); err != nil {
		tb.Fatalf("gitleaks default config: %v", err)
	}
	cfg, err := vc.Translate()
	if err != nil {
		tb.Fatalf("gitleaks default config: %v", err)
	}
	d := detect.NewDetector(cfg)
	d.MaxDecodeDepth = depth
	return d
}

func newSecretvetEngine(tb testing.TB, depth int) *rules.Engine {
	tb.Helper()
	cfg, err := rules.Gitleaks()
	if err != nil {
		tb.Fatalf("rules.Gitleaks: %v", err)
	}
	return rules.New(cfg, rules.Options{MaxDecodeDepth: depth})
}

func gitleaksScan(d *detect.Detector, f corpusFile) []findingKey {
	var out []findingKey
	//lint:ignore SA1019 Detect, gitleaks' own entry point, takes this type
	for _, x := range d.Detect(detect.Fragment{Raw: f.Text, FilePath: f.Path, StartLine: 1}) {
		out = append(out, findingKey{f.Path, x.StartLine, x.RuleID, x.Secret})
	}
	return out
}

// secretvetScan reports the engine's matches as gitleaks would: the engine
// leaves gitleaks:allow to secretvet's suppression stage, so matches on such
// a line are dropped here.
func secretvetScan(e *rules.Engine, f corpusFile) []findingKey {
	var out []findingKey
	for _, m := range e.Scan(rules.Target{Text: f.Text, Path: f.Path}) {
		if m.PathOnly {
			out = append(out, findingKey{f.Path, 0, m.Rule.ID, ""})
			continue
		}
		ls := strings.LastIndexByte(f.Text[:m.Start], '\n') + 1
		le := len(f.Text)
		if i := strings.IndexByte(f.Text[m.End:], '\n'); i >= 0 {
			le = m.End + i
		}
		if strings.Contains(f.Text[ls:le], "gitleaks:allow") {
			continue
		}
		line := strings.Count(f.Text[:m.Start], "\n") + 1
		out = append(out, findingKey{f.Path, line, m.Rule.ID, m.Secret})
	}
	return out
}

// scanCorpus runs scan over every file on GOMAXPROCS workers and counts
// the findings.
func scanCorpus(files []corpusFile, scan func(corpusFile) []findingKey) map[findingKey]int {
	per := make([][]findingKey, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				per[i] = scan(files[i])
			}
		}()
	}
	wg.Wait()
	counts := map[findingKey]int{}
	for _, ks := range per {
		for _, k := range ks {
			counts[k]++
		}
	}
	return counts
}

// TestGitleaksDiff compares secretvet's engine with gitleaks' detector, both
// running gitleaks' default rules, on real files from pinned modules with
// planted secrets (see gitleaks_corpus_test.go), without decoding and at
// gitleaks' CLI default decode depth. Both must report the same findings.
func TestGitleaksDiff(t *testing.T) {
	t.Parallel() // one of the long tests: they share nothing mutable
	c := loadCorpus(t)
	checkPlantCoverage(t, c)
	t.Logf("corpus: %d files, %d bytes, %d planted secrets", len(c.files), c.bytes, c.plants)
	used := make([]bool, len(knownDifferences))
	for _, depth := range []int{0, 5} {
		t.Run(fmt.Sprintf("depth=%d", depth), func(t *testing.T) {
			d := newGitleaksDetector(t, depth)
			e := newSecretvetEngine(t, depth)
			t0 := time.Now()
			gl := scanCorpus(c.files, func(f corpusFile) []findingKey { return gitleaksScan(d, f) })
			tg := time.Since(t0)
			t0 = time.Now()
			sv := scanCorpus(c.files, func(f corpusFile) []findingKey { return secretvetScan(e, f) })
			ts := time.Since(t0)
			t.Logf("gitleaks: %d findings in %v; secretvet: %d findings in %v", total(gl), tg, total(sv), ts)
			if total(gl) == 0 {
				t.Fatal("gitleaks found nothing: the corpus is not doing its job")
			}
			reportDiff(t, gl, sv, used)
			checkPlantsFound(t, c, gl, depth, func(path string) bool { return e.PathAllowed(path, "") })
		})
	}
	for i, k := range knownDifferences {
		if !used[i] {
			t.Errorf("known difference {%s, %s} did not occur; remove it: %s", k.Rule, k.Side, k.Reason)
		}
	}
}

func total(m map[findingKey]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// reportDiff fails on every difference not in knownDifferences and prints
// the differences as a sorted, readable list (secrets redacted).
func reportDiff(t *testing.T, gl, sv map[findingKey]int, used []bool) {
	t.Helper()
	type diff struct {
		k          findingKey
		side       string
		gl, sv     int
		knownIndex int
	}
	var diffs []diff
	seen := map[findingKey]bool{}
	for _, m := range []map[findingKey]int{gl, sv} {
		for k := range m {
			if seen[k] || gl[k] == sv[k] {
				continue
			}
			seen[k] = true
			side := "gitleaks"
			if sv[k] > gl[k] {
				side = "secretvet"
			}
			known := -1
			for i, x := range knownDifferences {
				if x.Rule == k.Rule && (x.Side == "" || x.Side == side) {
					known = i
					used[i] = true
					break
				}
			}
			diffs = append(diffs, diff{k, side, gl[k], sv[k], known})
		}
	}
	sort.Slice(diffs, func(i, j int) bool {
		a, b := diffs[i].k, diffs[j].k
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Secret < b.Secret
	})
	var unknown []string
	for _, d := range diffs {
		line := fmt.Sprintf("only %-9s %s:%d %s secret=%s (gitleaks %d×, secretvet %d×)",
			d.side, d.k.Path, d.k.Line, d.k.Rule, describeSecret(d.k.Secret), d.gl, d.sv)
		if d.knownIndex >= 0 {
			t.Logf("known difference: %s — %s", line, knownDifferences[d.knownIndex].Reason)
			continue
		}
		unknown = append(unknown, line)
	}
	if len(unknown) == 0 {
		return
	}
	const show = 60
	msg := strings.Join(unknown[:min(show, len(unknown))], "\n  ")
	if len(unknown) > show {
		msg += fmt.Sprintf("\n  … and %d more", len(unknown)-show)
	}
	t.Errorf("%d findings differ between gitleaks and secretvet (add an intended one to knownDifferences with its reason):\n  %s",
		len(unknown), msg)
}

// describeSecret redacts a secret and adds its length and a short hash, so
// that two differences can be told apart without printing the secret.
func describeSecret(s string) string {
	h := fnv.New32a()
	h.Write([]byte(s))
	return fmt.Sprintf("%q[len %d, fnv %08x]", finding.Redact(strings.ReplaceAll(s, "\n", `\n`)), len(s), h.Sum32())
}

// checkPlantCoverage fails when the generator did not plant every rule,
// encoding and context it knows: a silent regression of the generator
// would make the comparison weaker without anyone noticing.
func checkPlantCoverage(t *testing.T, c *corpus) {
	t.Helper()
	have := map[string]int{}
	for _, f := range c.files {
		for _, p := range f.Plants {
			have["rule "+p.Rule]++
			have["encoding "+p.Enc]++
			have["context "+p.Ctx]++
		}
	}
	var want []string
	for _, k := range tokenKinds {
		want = append(want, "rule "+k.rule)
	}
	for _, e := range []string{"", "base64", "base64x2", "hex", "percent"} {
		want = append(want, "encoding "+e)
	}
	for _, x := range append(valueContexts, ctxHeader, ctxCurl, ctxURL) {
		want = append(want, "context "+x)
	}
	for _, w := range want {
		if have[w] == 0 {
			t.Errorf("generator planted no secret with %s; use a larger corpus or another -corpus.seed", w)
		}
	}
}

// checkPlantsFound checks the generator against the reference: gitleaks
// must report every plant that is visible at this depth, with the rule,
// secret and line the generator expects, and must not see an encoded plant
// without decoding. Plants in files a global allowlist skips (go.sum,
// gitleaks.toml) are not expected.
func checkPlantsFound(t *testing.T, c *corpus, gl map[findingKey]int, depth int, skipped func(path string) bool) {
	t.Helper()
	type where struct{ path, rule, secret string }
	lines := map[where][]int{}
	for k := range gl {
		w := where{k.Path, k.Rule, k.Secret}
		lines[w] = append(lines[w], k.Line)
	}
	var missed, visible []string
	checked := 0
	for _, f := range c.files {
		if skipped(f.Path) {
			continue
		}
		for _, p := range f.Plants {
			found := false
			for _, l := range lines[where{f.Path, p.Rule, p.Secret}] {
				found = found || (p.Line-p.LineSlack <= l && l <= p.Line)
			}
			desc := fmt.Sprintf("%s:%d %s (%s, encoding %q) secret=%s", f.Path, p.Line, p.Rule, p.Ctx, p.Enc, describeSecret(p.Secret))
			switch {
			case p.MinDepth <= depth:
				checked++
				if !found {
					missed = append(missed, desc)
				}
			case found:
				visible = append(visible, desc)
			}
		}
	}
	if len(missed) > 0 {
		t.Errorf("gitleaks did not report %d of %d planted secrets (generator bug?):\n  %s",
			len(missed), checked, strings.Join(missed[:min(30, len(missed))], "\n  "))
	}
	if len(visible) > 0 {
		t.Errorf("%d encoded plants are found without decoding (generator bug?):\n  %s",
			len(visible), strings.Join(visible[:min(30, len(visible))], "\n  "))
	}
}
