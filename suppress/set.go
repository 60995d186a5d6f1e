package suppress

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/secretvet/secretvet/finding"
)

// Set is the accepted findings of a scan: the entries of an ignore file and
// of a baseline, in the order they were loaded. The zero value and nil are
// empty sets (inline markers still apply).
type Set struct {
	entries []entry
}

// entry is one accepted finding. Exactly one of fingerprint and position is
// set.
type entry struct {
	source string // where the entry was written: "file:line" or "file"
	reason string

	// Content key: rule and secret, hashed.
	fingerprint string
	glob        *regexp.Regexp // path scope of a fingerprint entry, or nil

	// Position key, for gitleaks ignore entries and redacted gitleaks
	// reports; weaker, since a new secret on the same line matches too.
	position *position
}

// position is a gitleaks fingerprint: [commit:]file:rule:line.
type position struct {
	commit, path, rule string
	line               int
}

func (p *position) String() string {
	s := p.path + ":" + p.rule + ":" + strconv.Itoa(p.line)
	if p.commit != "" {
		s = p.commit + ":" + s
	}
	return s
}

func (p *position) matches(f *finding.Finding) bool {
	if f.RuleID != p.rule || f.Line != p.line {
		return false
	}
	if p.commit != "" && f.Commit != p.commit {
		return false
	}
	path := normalizePath(f.Path)
	return path == p.path || (f.Member != "" && path+"!"+f.Member == p.path)
}

// Len is the number of entries in the set.
func (s *Set) Len() int {
	if s == nil {
		return 0
	}
	return len(s.entries)
}

// Merge returns a set holding the entries of s followed by those of o.
// Either may be nil.
func (s *Set) Merge(o *Set) *Set {
	m := &Set{}
	if s != nil {
		m.entries = append(m.entries, s.entries...)
	}
	if o != nil {
		m.entries = append(m.entries, o.entries...)
	}
	return m
}

// Apply returns the findings that remain, how many were suppressed, and the
// stale entries: entries that matched no finding in this scan, in the order
// they were loaded. A finding is suppressed when an entry matches it or its
// line carries an inline marker. An entry that matches a finding is in use
// even if the finding is also allowed inline, so that adding a marker does
// not make an entry look stale. kept is never nil.
func (s *Set) Apply(fs []finding.Finding) (kept []finding.Finding, suppressed int, stale []finding.Stale) {
	var entries []entry
	if s != nil {
		entries = s.entries
	}
	used := make([]bool, len(entries))
	byFingerprint := map[string][]int{}
	var positional []int
	for i, e := range entries {
		if e.position != nil {
			positional = append(positional, i)
		} else {
			byFingerprint[e.fingerprint] = append(byFingerprint[e.fingerprint], i)
		}
	}

	kept = make([]finding.Finding, 0, len(fs))
	for k := range fs {
		f := &fs[k]
		hit := false
		if fp := fingerprintOf(f); fp != "" {
			for _, i := range byFingerprint[fp] {
				if g := entries[i].glob; g == nil || g.MatchString(normalizePath(f.Path)) {
					used[i], hit = true, true
				}
			}
		}
		for _, i := range positional {
			if entries[i].position.matches(f) {
				used[i], hit = true, true
			}
		}
		if hit || InlineAllowed(markerScope(f)) {
			suppressed++
			continue
		}
		kept = append(kept, *f)
	}

	for i, e := range entries {
		if used[i] {
			continue
		}
		st := finding.Stale{Source: e.source, Fingerprint: e.fingerprint, Reason: e.reason}
		if e.position != nil {
			st.Fingerprint = e.position.String()
		}
		stale = append(stale, st)
	}
	return kept, suppressed, stale
}

// fingerprintOf returns the finding's content fingerprint, computing it when
// the producer left it empty but kept the secret.
func fingerprintOf(f *finding.Finding) string {
	if f.Fingerprint != "" {
		return f.Fingerprint
	}
	if f.Secret != "" {
		return finding.Fingerprint(f.RuleID, f.Secret)
	}
	return ""
}

// normalizePath makes paths written on any system comparable: forward
// slashes, no leading "./".
func normalizePath(p string) string {
	p = filepath.ToSlash(strings.ReplaceAll(p, `\`, "/"))
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	return p
}

// markerScope is the text an inline marker must stand in to suppress f: its
// line, or for a long line (a minified bundle, a one-line JSON document) the
// part of it around the secret, so that a marker elsewhere in a megabyte
// of code does not silence every secret in it.
func markerScope(f *finding.Finding) string {
	const long, around = 1000, 200
	line := f.LineText
	if len(line) <= long || f.SecretInLine[0] < 0 {
		return line
	}
	return line[max(0, f.SecretInLine[0]-around):min(len(line), f.SecretInLine[1]+around)]
}
