package rules

import (
	"math"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"

	"github.com/secretvet/secretvet/rules/keywords"
)

// Target is the text the engine scans, with the path and commit that path
// rules and path or commit allowlists test. The engine reads nothing else.
type Target struct {
	Text   string
	Path   string // slash-separated; "" when there is none (stdin, a Go constant)
	Commit string
}

// Match is one secret found in a Target.
type Match struct {
	Rule *Rule
	// Start and End are the byte span of the whole match in Target.Text
	// (for a match inside a decoded segment: the span of the encoded text).
	Start, End int
	// Secret is the secret: the rule's secret group, or the whole match.
	Secret string
	// SecretStart and SecretEnd are the span of Secret in Target.Text, or
	// -1 when the secret is not there literally (it was decoded).
	SecretStart, SecretEnd int
	Entropy                float64
	// Decoded lists the encodings the secret was hidden under ("base64",
	// "percent", …), outermost last; empty when it was in clear text.
	Decoded []string
	// PathOnly is set for a path rule without a regex: the file itself is
	// the finding (a private key file, a keystore).
	PathOnly bool
}

// Options tune an Engine.
type Options struct {
	// MaxDecodeDepth is how many rounds of decoding run after the plain
	// pass (gitleaks' --max-decode-depth; gitleaks' CLI default is 5).
	MaxDecodeDepth int
}

// Engine runs a Config's rules over texts. It is safe for concurrent use.
type Engine struct {
	cfg   *Config
	opts  Options
	rules []*compiled
	words *keywords.Set
	// byWord maps a keyword index to the rules it enables.
	byWord [][]int32
	// always are rules without keywords: they run on every text.
	always []int32
	byID   map[string]*compiled
	// files recycles File values: each holds per-rule buffers (about 30
	// bytes a rule), which a scan of many small files would otherwise
	// allocate for every file.
	files sync.Pool
}

type compiled struct {
	*Rule
	once sync.Once
	// Set by prepare, on the rule's first keyword hit:
	re *regexp.Regexp
	// maxLen bounds a match in bytes; unbounded when it cannot be bounded
	// or the keywords do not cover every match (then the rule runs on the
	// whole text when a keyword occurs, as in gitleaks).
	maxLen int
	anchor *anchor
}

// prepare compiles the rule and works out where it can match. It runs on
// the rule's first use, so that an engine that meets few keywords (go vet
// runs one process per package) compiles few rules.
func (c *compiled) prepare() *compiled {
	c.once.Do(func() {
		c.maxLen = unbounded
		c.re = c.Rule.Pattern()
		if c.re == nil || len(c.Keywords) == 0 {
			return
		}
		// The anchor's suffix is printed back to a pattern, so it is built
		// from the tree as parsed: Simplify expands counted repeats into
		// deep nests.
		if parsed, err := syntax.Parse(c.re.String(), syntax.Perl); err == nil && coverage(parsed, c.Keywords) {
			c.maxLen = maxMatchLen(parsed)
			c.anchor = newAnchor(parsed, c.Keywords)
		}
	})
	return c
}

// New compiles cfg for scanning.
func New(cfg *Config, opts Options) *Engine {
	e := &Engine{cfg: cfg, opts: opts, byID: map[string]*compiled{}}
	wordIndex := map[string]int32{}
	var words []string
	for i, r := range cfg.Rules {
		c := &compiled{Rule: r}
		e.rules = append(e.rules, c)
		e.byID[r.ID] = c
		if len(r.Keywords) == 0 {
			e.always = append(e.always, int32(i))
			continue
		}
		for _, k := range r.Keywords {
			wi, ok := wordIndex[k]
			if !ok {
				wi = int32(len(words))
				wordIndex[k] = wi
				words = append(words, k)
				e.byWord = append(e.byWord, nil)
			}
			e.byWord[wi] = appendUnique(e.byWord[wi], int32(i))
		}
	}
	e.words = keywords.New(words)
	return e
}

func appendUnique(s []int32, v int32) []int32 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// Config returns the rule set the engine runs.
func (e *Engine) Config() *Config { return e.cfg }

// Rule returns the rule with the given ID, or nil.
func (e *Engine) Rule(id string) *Rule {
	if c := e.byID[id]; c != nil {
		return c.Rule
	}
	return nil
}

// PathAllowed reports whether a global allowlist excludes path (and commit)
// as a whole, so that a source may skip reading it.
func (e *Engine) PathAllowed(path, commit string) bool {
	return pathOrCommitAllowed(e.cfg.Allowlists, path, commit)
}

// span is a half-open byte range.
type span struct{ start, end int }

// plan is, for one text, which rules run and where.
type plan struct {
	full    []bool   // rule runs on the whole text
	windows [][]span // rule runs on these merged windows (sorted)
	touched []int32  // rules with anything to do
}

// makePlan runs the keyword pass over text (or only over the regions given,
// when regions is not nil) and decides where each rule runs.
// reset empties p for reuse, keeping its storage.
func (p *plan) reset() {
	for _, ri := range p.touched {
		p.full[ri] = false
		p.windows[ri] = nil
	}
	p.touched = p.touched[:0]
}

func (e *Engine) makePlan(p *plan, text string, regions []span) *plan {
	p.reset()
	mark := func(ri int32) {
		if !p.full[ri] && p.windows[ri] == nil {
			p.touched = append(p.touched, ri)
		}
	}
	for _, ri := range e.always {
		mark(ri)
		p.full[ri] = true
	}
	visit := func(base int, sub string) {
		e.words.Find(sub, func(h keywords.Hit) bool {
			end := base + int(h.End)
			start := end - e.words.Len(h.Word)
			for _, ri := range e.byWord[h.Word] {
				if p.full[ri] {
					continue
				}
				c := e.rules[ri].prepare()
				var w span
				if c.anchor != nil {
					var ok bool
					if w, ok = c.anchor.window(text, start, end, e.words.Word(h.Word)); !ok {
						continue
					}
				} else if c.maxLen == unbounded {
					mark(ri)
					p.full[ri] = true
					p.windows[ri] = nil
					continue
				} else {
					// Every match holds a keyword and is at most maxLen
					// long, so a match holding this hit lies in
					// [end-maxLen, start+maxLen]. One byte more on each
					// side keeps the regex's view of \b, ^ and $ at the
					// edges the same as in the whole text.
					w = span{max(0, end-c.maxLen-1), min(len(text), start+c.maxLen+1)}
				}
				mark(ri)
				p.windows[ri] = addWindow(p.windows[ri], w)
			}
			return true
		})
	}
	if regions == nil {
		visit(0, text)
	} else {
		for _, r := range regions {
			visit(r.start, text[r.start:r.end])
		}
	}
	return p
}

// addWindow adds w to the sorted, disjoint windows ws, merging overlaps.
// Hits arrive in order of their end, so w almost always goes last.
func addWindow(ws []span, w span) []span {
	i := len(ws)
	for i > 0 && ws[i-1].start > w.start {
		i--
	}
	ws = append(ws, span{})
	copy(ws[i+1:], ws[i:])
	ws[i] = w
	// merge around i
	out := ws[:0]
	for _, x := range ws {
		if n := len(out); n > 0 && x.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, x.end)
		} else {
			out = append(out, x)
		}
	}
	return out
}

// Scan returns the matches of every rule in t.
func (e *Engine) Scan(t Target) []Match {
	f := e.File(t.Path, t.Commit)
	defer f.Release()
	return f.Scan(t.Text)
}

// File is the engine bound to one path and commit. What depends only on
// them (global and rule path and commit allowlists, path rules) is decided
// once, however many fragments of the file are scanned: a notebook is one
// file but hundreds of fragments. A File is for one goroutine.
type File struct {
	e            *Engine
	t            Target // Path and Commit
	excluded     bool
	runs         []int8 // per rule: 0 not decided, 1 runs here, -1 not for this path
	pathOnlyDone bool
	buf          plan
}

// File binds the engine to a path and commit. Release gives it back when
// the file is scanned.
func (e *Engine) File(path, commit string) *File {
	f, _ := e.files.Get().(*File)
	if f == nil {
		f = &File{e: e}
	}
	f.t = Target{Path: path, Commit: commit}
	f.excluded = pathOrCommitAllowed(e.cfg.Allowlists, path, commit)
	return f
}

// Release returns f to its engine for another file; f must not be used
// after it. The matches it returned stay valid.
func (f *File) Release() {
	f.buf.reset()
	clear(f.runs)
	f.pathOnlyDone = false
	f.t = Target{}
	f.e.files.Put(f)
}

// Scan returns the matches of every rule in one text of the file.
func (f *File) Scan(text string) []Match {
	if f.excluded {
		return nil
	}
	e := f.e
	if f.buf.full == nil {
		f.buf = plan{full: make([]bool, len(e.rules)), windows: make([][]span, len(e.rules))}
		f.runs = make([]int8, len(e.rules))
	}
	t := Target{Text: text, Path: f.t.Path, Commit: f.t.Commit}
	var out []Match
	p := e.makePlan(&f.buf, text, nil)
	for _, ri := range p.touched {
		out = f.runRule(out, ri, t, text, p, nil)
	}
	if e.opts.MaxDecodeDepth > 0 {
		out = f.scanDecoded(out, t)
	}
	if !f.pathOnlyDone {
		f.pathOnlyDone = true
		for ri, c := range e.rules {
			if !c.HasRegex() && c.Path != nil && f.ruleRuns(int32(ri)) {
				out = append(out, Match{Rule: c.Rule, PathOnly: true, SecretStart: -1, SecretEnd: -1})
			}
		}
	}
	return dropShadowedGeneric(text, out)
}

// ruleRuns reports whether rule ri applies to the file's path and commit.
func (f *File) ruleRuns(ri int32) bool {
	if f.runs[ri] == 0 {
		c := f.e.rules[ri]
		ok := !c.SkipReport && !pathOrCommitAllowed(c.Allowlists, f.t.Path, f.t.Commit) &&
			(c.Path == nil || c.Path.MatchString(f.t.Path))
		f.runs[ri] = -1
		if ok {
			f.runs[ri] = 1
		}
	}
	return f.runs[ri] > 0
}

// runRule appends the matches of rule c in text (the plain text of t, or a
// decoded version of it, in which case dec maps back).
func (f *File) runRule(out []Match, ri int32, t Target, text string, p *plan, dec *decoded) []Match {
	e, c := f.e, f.e.rules[ri].prepare()
	if c.re == nil || !f.ruleRuns(ri) {
		return out // path rules are decided once per file, in Scan
	}
	var found []Match
	emit := func(start, end int) {
		if m, ok := e.check(c, t, text, start, end, dec); ok {
			found = append(found, m)
		}
	}
	if p.full[ri] {
		for _, loc := range c.re.FindAllStringIndex(text, -1) {
			emit(loc[0], loc[1])
		}
	} else {
		var locs [][]int
		for _, w := range p.windows[ri] {
			for _, loc := range c.re.FindAllStringIndex(text[w.start:w.end], -1) {
				if w.start+loc[1] == w.end && w.end < len(text) {
					// A match that runs into the window's end may only
					// exist because the window ends there (a $, or a
					// greedy run cut short): decide on the whole text.
					locs = c.re.FindAllStringIndex(text, -1)
					goto decided
				}
				locs = append(locs, []int{w.start + loc[0], w.start + loc[1]})
			}
		}
	decided:
		for _, loc := range locs {
			emit(loc[0], loc[1])
		}
	}
	if len(c.Required) > 0 && len(found) > 0 {
		found = e.withRequired(c, t, text, found, dec)
	}
	return append(out, found...)
}

// check applies gitleaks' post-match steps to one regex match: trim, secret
// group, entropy, allowlists. It returns the match placed in t.Text.
func (e *Engine) check(c *compiled, t Target, text string, start, end int, dec *decoded) (Match, bool) {
	raw := text[start:end]
	trimmed := strings.Trim(raw, "\n")
	// gitleaks keeps the start and moves the end, so that a match that
	// began with newlines keeps its start; follow it for the same lines.
	end = start + len(trimmed)
	m := Match{Rule: c.Rule, Secret: trimmed, SecretStart: -1, SecretEnd: -1}
	// The secret group is taken from the regex run again on the match alone,
	// as gitleaks does.
	if c.re.NumSubexp() > 0 {
		if idx := c.re.FindStringSubmatchIndex(trimmed); len(idx) >= 4 {
			g := -1
			if c.SecretGroup > 0 {
				g = c.SecretGroup
			} else {
				for i := 1; 2*i+1 < len(idx); i++ {
					if idx[2*i] >= 0 && idx[2*i+1] > idx[2*i] {
						g = i
						break
					}
				}
			}
			if g > 0 && 2*g+1 < len(idx) && idx[2*g] >= 0 {
				m.Secret = trimmed[idx[2*g]:idx[2*g+1]]
				m.SecretStart, m.SecretEnd = start+idx[2*g], start+idx[2*g+1]
			} else if g > 0 {
				m.Secret = ""
				m.SecretStart, m.SecretEnd = start, start
			}
		}
	}
	if m.SecretStart < 0 {
		m.SecretStart, m.SecretEnd = start, end
	}
	m.Entropy = shannonEntropy(m.Secret)
	if c.Entropy != 0 && m.Entropy <= c.Entropy {
		return Match{}, false
	}
	if c.valid != nil && !c.valid(m.Secret) {
		return Match{}, false // fails its own checksum: not a real token
	}
	line := lineAround(text, start, end)
	if dec != nil {
		segs := dec.overlapping(start, end)
		if len(segs) == 0 {
			return Match{}, false // found already in an earlier pass
		}
		line = dec.line(segs)
		m.Decoded = dec.tags(segs)
		start, end = dec.toOriginal(segs, start, end)
		m.SecretStart, m.SecretEnd = -1, -1
	}
	m.Start, m.End = start, end
	if findingAllowed(e.cfg.Allowlists, t, m.Secret, trimmed, line) ||
		findingAllowed(c.Allowlists, t, m.Secret, trimmed, line) {
		return Match{}, false
	}
	return m, true
}

// lineAround returns the text gitleaks tests as "the line" of a match: from
// the newline before the match to the end of the line where it ends.
func lineAround(text string, start, end int) string {
	s := strings.LastIndexByte(text[:start], '\n')
	if s < 0 {
		s = 0
	}
	i := strings.IndexByte(text[end:], '\n')
	if i < 0 {
		return text[s:]
	}
	return text[s : end+i]
}

func shannonEntropy(s string) float64 {
	if s == "" {
		return 0
	}
	var ascii [128]int
	var other map[rune]int
	for _, r := range s {
		if r < 128 {
			ascii[r]++
		} else {
			if other == nil {
				other = map[rune]int{}
			}
			other[r]++
		}
	}
	inv := 1 / float64(len(s))
	h := 0.0
	for _, n := range ascii {
		if n > 0 {
			f := float64(n) * inv
			h -= f * math.Log2(f)
		}
	}
	for _, n := range other {
		f := float64(n) * inv
		h -= f * math.Log2(f)
	}
	return h
}

func pathOrCommitAllowed(lists []*Allowlist, path, commit string) bool {
	if path == "" && commit == "" {
		return false
	}
	for _, a := range lists {
		commitOK := commit != "" && a.Commits[strings.ToLower(commit)]
		pathOK := path != "" && a.Paths.MatchString(path)
		if a.Condition == And {
			if len(a.Regexes) > 0 || len(a.StopWords) > 0 {
				continue // decided per match
			}
			ok := true
			if len(a.Commits) > 0 {
				ok = ok && commitOK
			}
			if len(a.Paths) > 0 {
				ok = ok && pathOK
			}
			if ok {
				return true
			}
		} else if commitOK || pathOK {
			return true
		}
	}
	return false
}

func findingAllowed(lists []*Allowlist, t Target, secret, match, line string) bool {
	for _, a := range lists {
		target := secret
		switch a.RegexTarget {
		case "match":
			target = match
		case "line":
			target = line
		}
		// Stopwords first: a trie walk over the secret is cheaper than the
		// regexes, and under OR either one allows.
		stopOK := secret != "" && a.stop.containedIn(strings.ToLower(secret))
		if a.Condition != And {
			if stopOK || (target != "" && a.Regexes.MatchString(target)) {
				return true
			}
			continue
		}
		ok := true
		if len(a.Commits) > 0 {
			ok = t.Commit != "" && a.Commits[strings.ToLower(t.Commit)]
		}
		if ok && len(a.Paths) > 0 {
			ok = t.Path != "" && a.Paths.MatchString(t.Path)
		}
		if ok && len(a.StopWords) > 0 {
			ok = stopOK
		}
		if ok && len(a.Regexes) > 0 {
			ok = target != "" && a.Regexes.MatchString(target)
		}
		if ok {
			return true
		}
	}
	return false
}

// dropShadowedGeneric drops a match of a generic rule when a specific rule
// found a secret that contains it on the same line (gitleaks' filter).
func dropShadowedGeneric(text string, ms []Match) []Match {
	hasGeneric := false
	for _, m := range ms {
		if m.Rule.Generic() {
			hasGeneric = true
			break
		}
	}
	if !hasGeneric {
		return ms
	}
	lineOf := func(off int) int { return strings.Count(text[:min(off, len(text))], "\n") }
	out := ms[:0:0]
	for _, m := range ms {
		keep := true
		if m.Rule.Generic() && !m.PathOnly {
			l := lineOf(m.Start)
			for _, o := range ms {
				if o.Rule.ID != m.Rule.ID && !o.PathOnly &&
					!o.Rule.Generic() &&
					strings.Contains(o.Secret, m.Secret) && lineOf(o.Start) == l {
					keep = false
					break
				}
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	return out
}
