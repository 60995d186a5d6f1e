package rules

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"github.com/secretvet/secretvet/rules/keywords"
	gitleaksconfig "github.com/zricethezav/gitleaks/v8/config"
)

//go:embed *.toml
var ownRuleFiles embed.FS

// Config is a loaded rule set.
type Config struct {
	Title string
	// Path is the file the config was read from ("" for the default set).
	Path string
	// Rules in the order they are reported; IDs are unique.
	Rules []*Rule
	// Allowlists apply to every rule.
	Allowlists []*Allowlist
	// targeted are allowlists for named rules that may come from a config
	// this one extends; they attach once the rule set is complete.
	targeted []targetedAllowlist
}

type targetedAllowlist struct {
	where string // for errors: file and position
	rule  string
	list  *Allowlist
}

// attachTargeted adds each targeted allowlist to its rule, now that every
// rule is known, as gitleaks does after [extend].
func (c *Config) attachTargeted() error {
	byID := map[string]*Rule{}
	for _, r := range c.Rules {
		byID[r.ID] = r
	}
	for _, t := range c.targeted {
		r, ok := byID[t.rule]
		if !ok {
			return fmt.Errorf("%s: target rule %q does not exist", t.where, t.rule)
		}
		r.Allowlists = append(r.Allowlists, t.list)
	}
	c.targeted = nil
	return nil
}

// Rule is one detection rule, in gitleaks' schema plus secretvet metadata
// (which gitleaks ignores, so secretvet rule files stay gitleaks-compatible).
type Rule struct {
	ID          string
	Description string
	Regex       *regexp.Regexp
	Path        *regexp.Regexp
	SecretGroup int
	Entropy     float64
	Keywords    []string // lower case
	Tags        []string
	Allowlists  []*Allowlist
	SkipReport  bool
	Required    []Required

	// secretvet metadata.
	Severity   string // high, medium, low
	Confidence string // high, medium, low
	Family     string // "dynatrace", "aws", … ("" for gitleaks' rules)
	Source     string // "gitleaks" or the secretvet rule file
	// Validate names an offline check of the secret's own structure (a
	// checksum); a candidate that fails it is not a secret. See validate.go.
	Validate string
	valid    func(secret string) bool
	// lazy holds the regex of a rule from secretvet's embedded sets, which
	// is compiled on its first use: go vet starts one process per package,
	// and most rules never meet one of their keywords there.
	lazy *lazyRegexp
}

// Pattern returns the rule's regular expression (nil for a path rule),
// compiling it on first use when it was loaded lazily.
func (r *Rule) Pattern() *regexp.Regexp {
	if r.Regex == nil && r.lazy != nil {
		return r.lazy.get()
	}
	return r.Regex
}

// Generic reports whether the rule is a generic one (its ID says so, as in
// gitleaks): a specific rule that finds the same secret on the same line
// wins over it, and its findings have low confidence.
func (r *Rule) Generic() bool { return strings.Contains(strings.ToLower(r.ID), "generic") }

// HasRegex reports whether the rule has a regular expression.
func (r *Rule) HasRegex() bool { return r.Regex != nil || r.lazy != nil }

type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) }) // validated by TestEmbeddedRulesCompile
	return l.re
}

// Required is a composite-rule requirement (gitleaks [[rules.required]]).
type Required struct {
	ID            string
	WithinLines   *int
	WithinColumns *int
}

// Condition joins the checks of an allowlist.
type Condition int

// Allowlist conditions.
const (
	Or Condition = iota
	And
)

// Allowlist drops matches, with gitleaks' semantics: under OR any criterion
// allows; under AND every criterion that is set must allow.
type Allowlist struct {
	Description string
	Condition   Condition
	Commits     map[string]bool // lower case
	Paths       patterns        // any of them allows the path
	RegexTarget string          // "" (secret), "match" or "line"
	Regexes     patterns        // any of them allows the target
	StopWords   []string        // lower case
	stop        *stopwordSet
}

// file is the TOML schema (gitleaks' plus secretvet's metadata keys).
type file struct {
	Title       string
	Description string
	MinVersion  string `toml:"minVersion"`
	Extend      struct {
		Path          string
		URL           string
		UseDefault    bool     `toml:"useDefault"`
		DisabledRules []string `toml:"disabledRules"`
	}
	Rules []struct {
		ID          string
		Description string
		Path        string
		Regex       string
		SecretGroup int `toml:"secretGroup"`
		Entropy     float64
		Keywords    []string
		Tags        []string
		Allowlist   *fileAllowlist
		Allowlists  []*fileAllowlist
		Required    []struct {
			ID            string
			WithinLines   *int `toml:"withinLines"`
			WithinColumns *int `toml:"withinColumns"`
		}
		SkipReport bool `toml:"skipReport"`
		Severity   string
		Confidence string
		Family     string
		Validate   string
	}
	Allowlist  *fileAllowlist
	Allowlists []*fileAllowlist
}

type fileAllowlist struct {
	Description string
	Condition   string
	Commits     []string
	Paths       []string
	RegexTarget string `toml:"regexTarget"`
	Regexes     []string
	StopWords   []string `toml:"stopwords"`
	TargetRules []string `toml:"targetRules"`
}

// Default returns the default rule set: secretvet's own rule files, then
// gitleaks' default rules (a rule of secretvet's with the same ID as one of
// gitleaks' replaces it).
func Default() (*Config, error) {
	own, err := ownRules()
	if err != nil {
		return nil, err
	}
	gl, err := parseTrusted([]byte(gitleaksconfig.DefaultConfig), "gitleaks default config")
	if err != nil {
		return nil, fmt.Errorf("gitleaks default config: %w", err)
	}
	mine := map[string]bool{}
	for _, r := range own.Rules {
		mine[r.ID] = true
	}
	for _, r := range gl.Rules {
		if !mine[r.ID] {
			r.Source = "gitleaks"
			own.Rules = append(own.Rules, r)
		}
	}
	own.Allowlists = append(own.Allowlists, gl.Allowlists...)
	own.Title = "secretvet default rules"
	// secretvet's files may narrow gitleaks' rules (targetRules naming a
	// gitleaks rule): attach now that both sets are in.
	if err := own.attachTargeted(); err != nil {
		return nil, err
	}
	return own, nil
}

// Gitleaks returns gitleaks' default rule set alone, as gitleaks would load
// it (for differential tests and benchmarks).
func Gitleaks() (*Config, error) {
	return parseTrusted([]byte(gitleaksconfig.DefaultConfig), "gitleaks default config")
}

func parseTrusted(data []byte, name string) (*Config, error) {
	return parseComplete(data, name, true)
}

// parseComplete reads a rule set that extends nothing, with its targeted
// allowlists attached.
func parseComplete(data []byte, name string, trusted bool) (*Config, error) {
	c, _, err := parse(data, name, trusted)
	if err != nil {
		return nil, err
	}
	if err := c.complete(); err != nil {
		return nil, err
	}
	return c, nil
}

// complete checks a rule set once every [extend] is merged (a rule that
// only changes a base rule's allowlist or entropy has no regex of its own,
// as gitleaks allows) and attaches the targeted allowlists.
func (c *Config) complete() error {
	for _, r := range c.Rules {
		if !r.HasRegex() && r.Path == nil {
			where := r.ID
			if c.Path != "" {
				where = c.Path + ": rule " + strconv.Quote(r.ID)
			}
			return fmt.Errorf("%s: both regex and path are empty, the rule would have no effect", where)
		}
	}
	return c.attachTargeted()
}

func ownRules() (*Config, error) {
	names, err := ownRuleFiles.ReadDir(".")
	if err != nil {
		return nil, err
	}
	all := &Config{}
	for _, n := range names {
		data, err := ownRuleFiles.ReadFile(n.Name())
		if err != nil {
			return nil, err
		}
		c, _, err := parse(data, "rules/"+n.Name(), true)
		if err != nil {
			return nil, err
		}
		for _, r := range c.Rules {
			r.Source = n.Name()
		}
		all.Rules = append(all.Rules, c.Rules...)
		all.Allowlists = append(all.Allowlists, c.Allowlists...)
		all.targeted = append(all.targeted, c.targeted...)
	}
	return all, nil
}

// Load reads a user's config file (gitleaks TOML). With [extend]
// useDefault = true it extends secretvet's default set; with [extend] path
// it extends that file (a relative path is taken from the current folder if it exists there, else
// from the config's folder).
func Load(path string) (*Config, error) {
	return load(path, 0)
}

const maxExtendDepth = 2

func load(path string, depth int) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, ext, err := parse(data, path, false)
	if err != nil {
		return nil, err
	}
	c.Path = path
	if depth >= maxExtendDepth {
		return c, c.attachTargeted()
	}
	switch {
	case ext.UseDefault && ext.Path != "":
		return nil, fmt.Errorf("%s: [extend] sets both useDefault and path", path)
	case ext.UseDefault:
		base, err := Default()
		if err != nil {
			return nil, err
		}
		c.merge(base, ext.DisabledRules)
	case ext.Path != "":
		p := ext.Path
		if !filepath.IsAbs(p) {
			if _, err := os.Stat(p); err != nil {
				p = filepath.Join(filepath.Dir(path), ext.Path)
			}
		}
		base, err := load(p, depth+1)
		if err != nil {
			return nil, fmt.Errorf("%s: [extend] path: %w", path, err)
		}
		c.merge(base, ext.DisabledRules)
	}
	if depth == 0 {
		if err := c.complete(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Parse reads a rule set in gitleaks' TOML schema. name is used in errors.
func Parse(data []byte, name string) (*Config, error) {
	return parseComplete(data, name, false)
}

type extend struct {
	Path          string
	UseDefault    bool
	DisabledRules []string
}

// parse reads a rule set. A trusted set (secretvet's embedded files and
// gitleaks' default config, both compiled by a test) defers compiling its
// rule regexes to their first use.
func parse(data []byte, name string, trusted bool) (*Config, extend, error) {
	var f file
	_, err := toml.Decode(string(data), &f)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, extend{}, fmt.Errorf("%s:%d:%d: invalid TOML: %s", name, perr.Position.Line, perr.Position.Col, perr.Message)
		}
		return nil, extend{}, fmt.Errorf("%s: invalid config: %w", name, err)
	}
	c := &Config{Title: f.Title}
	seen := map[string]bool{}
	for i, fr := range f.Rules {
		where := fmt.Sprintf("%s: rule %d", name, i+1)
		if fr.ID != "" {
			where = fmt.Sprintf("%s: rule %q", name, fr.ID)
		}
		if strings.TrimSpace(fr.ID) == "" {
			return nil, extend{}, fmt.Errorf("%s: id is missing", where)
		}
		if seen[fr.ID] {
			return nil, extend{}, fmt.Errorf("%s: duplicate rule id", where)
		}
		seen[fr.ID] = true
		r := &Rule{
			ID: fr.ID, Description: fr.Description, SecretGroup: fr.SecretGroup,
			Entropy: fr.Entropy, Tags: fr.Tags, SkipReport: fr.SkipReport,
			Severity: fr.Severity, Confidence: fr.Confidence, Family: fr.Family,
			Validate: fr.Validate,
		}
		if fr.Validate != "" {
			v, ok := validators[fr.Validate]
			if !ok {
				return nil, extend{}, fmt.Errorf("%s: unknown validate %q (known: %s)", where, fr.Validate, strings.Join(validatorNames(), ", "))
			}
			r.valid = v
		}
		switch {
		case fr.Regex != "" && trusted:
			r.lazy = &lazyRegexp{src: fr.Regex}
		case fr.Regex != "":
			re, err := regexp.Compile(fr.Regex)
			if err != nil {
				return nil, extend{}, fmt.Errorf("%s: regex does not compile: %w", where, err)
			}
			r.Regex = re
		}
		if fr.Path != "" {
			re, err := regexp.Compile(fr.Path)
			if err != nil {
				return nil, extend{}, fmt.Errorf("%s: path does not compile: %w", where, err)
			}
			r.Path = re
		}
		if r.Regex != nil && r.SecretGroup > r.Regex.NumSubexp() { // trusted sets: TestEmbeddedRulesCompile
			return nil, extend{}, fmt.Errorf("%s: secretGroup %d, but the regex has only %d groups", where, r.SecretGroup, r.Regex.NumSubexp())
		}
		for _, k := range fr.Keywords {
			r.Keywords = append(r.Keywords, strings.ToLower(k))
		}
		if fr.Allowlist != nil {
			if len(fr.Allowlists) > 0 {
				return nil, extend{}, fmt.Errorf("%s: [rules.allowlist] is deprecated and cannot be used alongside [[rules.allowlists]]", where)
			}
			fr.Allowlists = append(fr.Allowlists, fr.Allowlist)
		}
		for _, fa := range fr.Allowlists {
			a, err := compileAllowlist(fa, trusted)
			if err != nil {
				return nil, extend{}, fmt.Errorf("%s: allowlist: %w", where, err)
			}
			r.Allowlists = append(r.Allowlists, a)
		}
		for _, rq := range fr.Required {
			if rq.ID == "" {
				return nil, extend{}, fmt.Errorf("%s: [[rules.required]] id is empty", where)
			}
			r.Required = append(r.Required, Required{ID: rq.ID, WithinLines: rq.WithinLines, WithinColumns: rq.WithinColumns})
		}
		c.Rules = append(c.Rules, r)
	}
	for _, r := range c.Rules {
		for _, rq := range r.Required {
			if !seen[rq.ID] {
				return nil, extend{}, fmt.Errorf("%s: rule %q: required rule %q does not exist", name, r.ID, rq.ID)
			}
		}
	}
	if f.Allowlist != nil {
		if len(f.Allowlists) > 0 {
			return nil, extend{}, fmt.Errorf("%s: [allowlist] is deprecated and cannot be used alongside [[allowlists]]", name)
		}
		f.Allowlists = append(f.Allowlists, f.Allowlist)
	}
	for i, fa := range f.Allowlists {
		a, err := compileAllowlist(fa, trusted)
		if err != nil {
			return nil, extend{}, fmt.Errorf("%s: [[allowlists]] %d: %w", name, i+1, err)
		}
		if len(fa.TargetRules) == 0 {
			c.Allowlists = append(c.Allowlists, a)
			continue
		}
		for _, id := range fa.TargetRules {
			c.targeted = append(c.targeted, targetedAllowlist{where: fmt.Sprintf("%s: [[allowlists]] %d", name, i+1), rule: id, list: a})
		}
	}
	ext := extend{Path: f.Extend.Path, UseDefault: f.Extend.UseDefault, DisabledRules: f.Extend.DisabledRules}
	return c, ext, nil
}

func compileAllowlist(fa *fileAllowlist, trusted bool) (*Allowlist, error) {
	a := &Allowlist{Description: fa.Description}
	switch strings.ToUpper(fa.Condition) {
	case "", "OR", "||":
		a.Condition = Or
	case "AND", "&&":
		a.Condition = And
	default:
		return nil, fmt.Errorf("unknown condition %q (expected AND or OR)", fa.Condition)
	}
	switch fa.RegexTarget {
	case "", "secret":
	case "match", "line":
		a.RegexTarget = fa.RegexTarget
	default:
		return nil, fmt.Errorf("unknown regexTarget %q (expected secret, match or line)", fa.RegexTarget)
	}
	if len(fa.Commits) == 0 && len(fa.Paths) == 0 && len(fa.Regexes) == 0 && len(fa.StopWords) == 0 {
		return nil, errors.New("must contain at least one of commits, paths, regexes or stopwords")
	}
	if len(fa.Commits) > 0 {
		a.Commits = map[string]bool{}
		for _, c := range fa.Commits {
			a.Commits[strings.ToLower(strings.TrimSpace(c))] = true
		}
	}
	var err error
	if a.Paths, err = compilePatterns(fa.Paths, trusted); err != nil {
		return nil, fmt.Errorf("paths: %w", err)
	}
	if a.Regexes, err = compilePatterns(fa.Regexes, trusted); err != nil {
		return nil, fmt.Errorf("regexes: %w", err)
	}
	if len(fa.StopWords) > 0 {
		uniq := map[string]bool{}
		for _, w := range fa.StopWords {
			w = strings.ToLower(w)
			if !uniq[w] {
				uniq[w] = true
				a.StopWords = append(a.StopWords, w)
			}
		}
		sort.Strings(a.StopWords)
		a.stop = newStopwordSet(a.StopWords)
	}
	return a, nil
}

// patterns is a list of regular expressions of which any may match, as in
// gitleaks, which joins them with |. They are kept apart because most are
// anchored (`^\$\{…`) and Go's regexp rejects an anchored one at the first
// byte, while the joined alternation has to run through the whole string;
// and an unanchored one runs only when the target holds one of the
// literals every match of it must contain.
type patterns []*pattern

type pattern struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
	need *keywords.Set // nil: no literal is required (or it is not worth it)
}

func (p *pattern) compile() {
	p.once.Do(func() {
		p.re = regexp.MustCompile(p.src) // compiled when the config was read
		p.need = requiredLiterals(p.src)
	})
}

func (ps patterns) MatchString(s string) bool {
	for _, p := range ps {
		p.compile()
		if p.need != nil && !p.need.Contains(s) {
			continue
		}
		if p.re.MatchString(s) {
			return true
		}
	}
	return false
}

// compilePatterns checks that each pattern compiles, so that an error
// names the one that is wrong; the one used is compiled again on first use
// (most allowlists of a large rule set are never reached).
func compilePatterns(pats []string, trusted bool) (patterns, error) {
	var out patterns
	for _, p := range pats {
		if !trusted {
			if _, err := regexp.Compile(p); err != nil {
				return nil, fmt.Errorf("%q does not compile: %w", p, err)
			}
		}
		out = append(out, &pattern{src: p})
	}
	return out, nil
}

// merge adds base's rules and allowlists to c the way gitleaks' [extend]
// does: a rule of c with the ID of a base rule extends it (c's non-empty
// fields win, secretvet's metadata included; tags, keywords and allowlists
// are appended); base rules named in disabled are dropped.
func (c *Config) merge(base *Config, disabled []string) {
	off := map[string]bool{}
	for _, id := range disabled {
		off[id] = true
	}
	mine := map[string]*Rule{}
	for _, r := range c.Rules {
		mine[r.ID] = r
	}
	for _, b := range base.Rules {
		if off[b.ID] {
			continue
		}
		r, ok := mine[b.ID]
		if !ok {
			c.Rules = append(c.Rules, b)
			continue
		}
		m := *b
		if r.Description != "" {
			m.Description = r.Description
		}
		if r.Entropy != 0 {
			m.Entropy = r.Entropy
		}
		if r.SecretGroup != 0 {
			m.SecretGroup = r.SecretGroup
		}
		if r.HasRegex() {
			m.Regex, m.lazy = r.Regex, r.lazy
		}
		if r.Path != nil {
			m.Path = r.Path
		}
		m.Severity = cmp.Or(r.Severity, m.Severity)
		m.Confidence = cmp.Or(r.Confidence, m.Confidence)
		m.Family = cmp.Or(r.Family, m.Family)
		if r.Validate != "" {
			m.Validate, m.valid = r.Validate, r.valid
		}
		m.Tags = append(append([]string{}, b.Tags...), r.Tags...)
		m.Keywords = append(append([]string{}, b.Keywords...), r.Keywords...)
		m.Allowlists = append(append([]*Allowlist{}, b.Allowlists...), r.Allowlists...)
		*r = m
	}
	c.Allowlists = append(c.Allowlists, base.Allowlists...)
	c.targeted = append(c.targeted, base.targeted...)
}
