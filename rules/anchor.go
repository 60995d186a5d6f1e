package rules

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// anchor narrows where a rule can match when its pattern is a sequence
// P K S in which K spells one of a few strings that each hold a keyword
// (gitleaks' "semi-generic" rules: a bounded identifier prefix, the
// keyword, then the assignment and the secret). A keyword hit can only be
// inside a match if K stands at the hit and S matches right after K, so the
// engine checks S anchored there (a few bytes of work) before it runs the
// whole pattern on a window around the hit. This is what makes
// generic-api-key, whose keywords occur everywhere in source code, cheap.
// Where the sequence branches before any K (`(?:hvs\.…|s\.…)`), each
// branch gets its own P K S.
type anchor struct{ alts []anchorAlt }

type anchorAlt struct {
	prefixMax int            // longest match of P
	spell     []string       // what K can spell, lower case
	suffix    *regexp.Regexp // ^(?:S)
	suffixMax int            // longest match of S, or unbounded
}

// suffixProbe is how much text the anchored suffix check looks at first;
// small inputs let Go's regexp use its backtracker, which is fast.
const suffixProbe = 512

func newAnchor(re *syntax.Regexp, kw []string) *anchor {
	alts := anchorAlts(flatten(re, nil), nil, kw)
	if alts == nil {
		return nil
	}
	return &anchor{alts: alts}
}

// anchorAlts finds K in the sequence seq (which follows the parts in
// before) and returns one P K S per way through, or nil. K may be a run of
// exact parts ("A" then "KIA"); an alternation that comes before any K is
// split into its branches, each carrying the exact run that precedes it.
func anchorAlts(seq, before []*syntax.Regexp, kw []string) []anchorAlt {
	run, cur := 0, []string{""} // the exact run seq[run:i] spells cur
	for i, sub := range seq {
		in := analyze(sub, kw)
		if in.exact != nil {
			if next := cross(cur, in.exact); next != nil {
				cur = next
			} else {
				run, cur = i, in.exact
			}
			if allContain(cur, kw) {
				prefix := append(append([]*syntax.Regexp{}, before...), seq[:run]...)
				a, ok := newAnchorAlt(prefix, cur, seq[i+1:])
				if !ok {
					return nil
				}
				return []anchorAlt{a}
			}
			continue
		}
		if sub.Op == syntax.OpAlternate {
			prefix := append(append([]*syntax.Regexp{}, before...), seq[:run]...)
			var all []anchorAlt
			for _, branch := range sub.Sub {
				b := append(append(append([]*syntax.Regexp{}, seq[run:i]...), flatten(branch, nil)...), seq[i+1:]...)
				got := anchorAlts(b, prefix, kw)
				if got == nil {
					return nil
				}
				all = append(all, got...)
			}
			return all
		}
		run, cur = i+1, []string{""}
	}
	return nil
}

func newAnchorAlt(prefix []*syntax.Regexp, spell []string, rest []*syntax.Regexp) (anchorAlt, bool) {
	a := anchorAlt{prefixMax: maxMatchLen(&syntax.Regexp{Op: syntax.OpConcat, Sub: prefix}), spell: spell}
	if a.prefixMax == unbounded {
		return a, false
	}
	if len(rest) > 0 && zeroWidthLookBehind(rest[0]) {
		return a, false // S looks at the byte before it: not checkable alone
	}
	s := &syntax.Regexp{Op: syntax.OpConcat, Sub: rest}
	a.suffixMax = maxMatchLen(s)
	var err error
	if a.suffix, err = regexp.Compile(`^(?:` + s.String() + `)`); err != nil {
		return a, false
	}
	return a, true
}

// window returns the window around a hit [hs, he) of keyword kw (lower
// case) in which the rule can match, or ok=false when it cannot match there.
func (a *anchor) window(text string, hs, he int, kw string) (w span, ok bool) {
	w = span{start: -1}
	for i := range a.alts {
		alt := &a.alts[i]
		for _, s := range alt.spell {
			for off := strings.Index(s, kw); off >= 0; {
				ks := hs - off
				ke := ks + len(s)
				if ks >= 0 && ke <= len(text) && strings.EqualFold(text[ks:ke], s) {
					if n, found := alt.suffixLen(text, ke); found {
						cand := span{max(0, ks-alt.prefixMax-1), min(len(text), ke+n+1)}
						if w.start < 0 {
							w = cand
						} else {
							w = span{min(w.start, cand.start), max(w.end, cand.end)}
						}
					}
				}
				next := strings.Index(s[off+1:], kw)
				if next < 0 {
					break
				}
				off += 1 + next
			}
		}
	}
	return w, w.start >= 0
}

// suffixLen matches S anchored at off and returns the length of its
// preferred match.
func (a *anchorAlt) suffixLen(text string, off int) (int, bool) {
	end := len(text)
	if a.suffixMax == unbounded || a.suffixMax > suffixProbe {
		end = min(end, off+suffixProbe)
	} else {
		end = min(end, off+a.suffixMax+1)
	}
	loc := a.suffix.FindStringIndex(text[off:end])
	if end < len(text) && (loc == nil || loc[1] >= end-off-1) {
		// The probe was too short to be sure: look at the rest.
		loc = a.suffix.FindStringIndex(text[off:])
	}
	if loc == nil {
		return 0, false
	}
	return loc[1], true
}

// flatten returns re as a sequence of parts that match one after the
// other: concatenations are spliced and capture groups opened, since a
// group does not change what matches (the anchor never reads groups).
func flatten(re *syntax.Regexp, seq []*syntax.Regexp) []*syntax.Regexp {
	switch re.Op {
	case syntax.OpConcat:
		for _, s := range re.Sub {
			seq = flatten(s, seq)
		}
		return seq
	case syntax.OpCapture:
		return flatten(re.Sub[0], seq)
	}
	return append(seq, re)
}

func zeroWidthLookBehind(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpBeginText:
		return true
	case syntax.OpConcat, syntax.OpCapture:
		return len(re.Sub) > 0 && zeroWidthLookBehind(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if zeroWidthLookBehind(s) {
				return true
			}
		}
	}
	return false
}
