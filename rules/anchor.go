package rules

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// anchor narrows where a rule can match when its pattern is a
// concatenation P K S in which K spells one of a few strings that each hold
// a keyword (gitleaks' "semi-generic" rules: a bounded identifier prefix,
// the keyword, then the assignment and the secret). A keyword hit can only
// be inside a match if K stands at the hit and S matches right after K, so
// the engine checks S anchored there (a few bytes of work) before it runs
// the whole pattern on a window around the hit. This is what makes
// generic-api-key, whose keywords occur everywhere in source code, cheap.
type anchor struct {
	prefixMax int            // longest match of P
	spell     []string       // what K can spell, lower case
	suffix    *regexp.Regexp // ^(?:S)
	suffixMax int            // longest match of S, or unbounded
}

// suffixProbe is how much text the anchored suffix check looks at first;
// small inputs let Go's regexp use its backtracker, which is fast.
const suffixProbe = 512

func newAnchor(re *syntax.Regexp, kw []string) *anchor {
	if re.Op != syntax.OpConcat {
		return nil
	}
	for i, sub := range re.Sub {
		in := analyze(sub, kw)
		if in.exact == nil || !in.covered {
			continue
		}
		p := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[:i]}
		a := &anchor{prefixMax: maxMatchLen(p), spell: in.exact}
		if a.prefixMax == unbounded {
			return nil
		}
		rest := re.Sub[i+1:]
		if len(rest) > 0 && zeroWidthLookBehind(rest[0]) {
			return nil // S looks at the byte before it: not checkable alone
		}
		s := &syntax.Regexp{Op: syntax.OpConcat, Sub: rest}
		a.suffixMax = maxMatchLen(s)
		var err error
		if a.suffix, err = regexp.Compile(`^(?:` + s.String() + `)`); err != nil {
			return nil
		}
		return a
	}
	return nil
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

// window returns the window around a hit [hs, he) of keyword kw (lower
// case) in which the rule can match, or ok=false when it cannot match there.
func (a *anchor) window(text string, hs, he int, kw string) (w span, ok bool) {
	w = span{start: -1}
	for _, s := range a.spell {
		for off := strings.Index(s, kw); off >= 0; {
			ks := hs - off
			ke := ks + len(s)
			if ks >= 0 && ke <= len(text) && strings.EqualFold(text[ks:ke], s) {
				if n, found := a.suffixLen(text, ke); found {
					cand := span{max(0, ks-a.prefixMax-1), min(len(text), ke+n+1)}
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
	return w, w.start >= 0
}

// suffixLen matches S anchored at off and returns the length of its
// preferred match.
func (a *anchor) suffixLen(text string, off int) (int, bool) {
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
