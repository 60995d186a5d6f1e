package rules

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/secretvet/secretvet/rules/keywords"
)

// unbounded is returned by maxMatchLen for a pattern whose matches can be
// arbitrarily long (or longer than the engine cares to window).
const unbounded = -1

// windowCap is the longest bounded match the engine runs on windows; a rule
// whose matches can be longer runs on the whole text, as in gitleaks.
const windowCap = 1 << 16

// maxMatchLen returns the longest match, in bytes, that re can produce, or
// unbounded.
func maxMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += maxRuneLen(r, re.Flags&syntax.FoldCase != 0)
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return utf8.RuneLen(re.Rune[len(re.Rune)-1])
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return utf8.UTFMax
	case syntax.OpCapture:
		return maxMatchLen(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return unbounded
	case syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return unbounded
		}
		n := maxMatchLen(re.Sub[0])
		if n == unbounded {
			return unbounded
		}
		return capped(n * re.Max)
	case syntax.OpConcat:
		total := 0
		for _, s := range re.Sub {
			n := maxMatchLen(s)
			if n == unbounded {
				return unbounded
			}
			total = capped(total + n)
			if total == unbounded {
				return unbounded
			}
		}
		return total
	case syntax.OpAlternate:
		best := 0
		for _, s := range re.Sub {
			n := maxMatchLen(s)
			if n == unbounded {
				return unbounded
			}
			best = max(best, n)
		}
		return best
	}
	return unbounded
}

func capped(n int) int {
	if n > windowCap {
		return unbounded
	}
	return n
}

// maxRuneLen is the longest UTF-8 encoding of r, or of any rune that case
// folds to it when fold is set (k matches the 3-byte Kelvin sign).
func maxRuneLen(r rune, fold bool) int {
	n := utf8.RuneLen(r)
	if n < 0 {
		n = utf8.UTFMax
	}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			n = max(n, utf8.RuneLen(f))
		}
	}
	return n
}

// literalInfo describes what every match of a pattern must contain.
type literalInfo struct {
	// exact, when not nil, is the complete set of strings (lower case) that
	// the pattern can match.
	exact []string
	// prefix is a set of strings one of which every match begins with
	// ({""} when nothing better is known). It lets a literal before an
	// alternation reach into it: the parser factors `AKIA|ASIA` into
	// `A(?:KIA|SIA)`, and only "a"+"kia" spells the keyword.
	prefix []string
	// covered is true when every match contains one of the keywords.
	covered bool
}

const maxExact = 64

// coverage reports whether every match of re contains at least one of the
// keywords (lower case; matched without regard to ASCII case). Only then
// may the engine run re on windows around keyword hits alone. The analysis
// is conservative: false means "cannot tell".
func coverage(re *syntax.Regexp, keywords []string) bool {
	return analyze(re, keywords).covered
}

var unknown = []string{""}

func analyze(re *syntax.Regexp, kw []string) literalInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactInfo([]string{""}, kw)
	case syntax.OpLiteral:
		return exactInfo([]string{strings.ToLower(string(re.Rune))}, kw)
	case syntax.OpCharClass:
		var set []string
		seen := map[string]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > maxExact {
				return literalInfo{prefix: unknown}
			}
			for r := lo; r <= hi; r++ {
				s := strings.ToLower(string(r))
				if !seen[s] {
					seen[s] = true
					set = append(set, s)
					if len(set) > maxExact/4 {
						return literalInfo{prefix: unknown}
					}
				}
			}
		}
		return exactInfo(set, kw)
	case syntax.OpCapture:
		return analyze(re.Sub[0], kw)
	case syntax.OpQuest:
		in := analyze(re.Sub[0], kw)
		if in.exact == nil {
			return literalInfo{prefix: union(in.prefix, unknown)}
		}
		return exactInfo(union(in.exact, []string{""}), kw)
	case syntax.OpStar:
		return literalInfo{prefix: unknown}
	case syntax.OpPlus:
		in := analyze(re.Sub[0], kw)
		return literalInfo{prefix: in.prefix, covered: in.covered}
	case syntax.OpRepeat:
		in := analyze(re.Sub[0], kw)
		if re.Min == 0 {
			return literalInfo{prefix: unknown}
		}
		if re.Min == re.Max && in.exact != nil {
			set := []string{""}
			for i := 0; i < re.Min && set != nil; i++ {
				set = cross(set, in.exact)
			}
			if set != nil {
				return exactInfo(set, kw)
			}
		}
		return literalInfo{prefix: in.prefix, covered: in.covered}
	case syntax.OpAlternate:
		var set, prefix []string
		allExact, allCovered := true, true
		for _, sub := range re.Sub {
			in := analyze(sub, kw)
			allCovered = allCovered && in.covered
			if prefix = union(prefix, in.prefix); len(prefix) > maxExact {
				prefix = unknown
			}
			if in.exact == nil {
				allExact = false
			} else if allExact {
				set = union(set, in.exact)
				if len(set) > maxExact {
					allExact = false
				}
			}
		}
		if allExact {
			return exactInfo(set, kw)
		}
		return literalInfo{prefix: prefix, covered: allCovered}
	case syntax.OpConcat:
		cur := []string{""}
		whole, first := true, true
		var prefix []string
		covered := false
		for _, sub := range re.Sub {
			in := analyze(sub, kw)
			covered = covered || in.covered
			if in.exact != nil {
				if next := cross(cur, in.exact); next != nil {
					cur = next
					continue
				}
			}
			// The run of exact parts ends here. What it spelled, followed
			// by how this part begins, must hold a keyword, or a later run
			// must.
			ext := cross(cur, in.prefix)
			if ext == nil {
				ext = cur
			}
			covered = covered || allContain(ext, kw)
			if first {
				prefix, first = ext, false
			}
			cur = []string{""}
			whole = false
			if in.exact != nil {
				cur = in.exact
			}
		}
		covered = covered || allContain(cur, kw)
		if whole {
			return literalInfo{exact: cur, prefix: cur, covered: covered}
		}
		return literalInfo{prefix: prefix, covered: covered}
	}
	return literalInfo{prefix: unknown}
}

func exactInfo(set []string, kw []string) literalInfo {
	return literalInfo{exact: set, prefix: set, covered: allContain(set, kw)}
}

func allContain(set []string, kw []string) bool {
	if len(set) == 0 {
		return false
	}
	for _, s := range set {
		ok := false
		for _, k := range kw {
			if k != "" && strings.Contains(s, k) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// cross returns every a+b, or nil when that would be too many strings.
func cross(a, b []string) []string {
	if len(a)*len(b) > maxExact {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	seen := map[string]bool{}
	for _, x := range a {
		for _, y := range b {
			if s := x + y; !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

func union(a, b []string) []string {
	out := append([]string{}, a...)
	for _, y := range b {
		dup := false
		for _, x := range out {
			if x == y {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, y)
		}
	}
	return out
}

// requiredLiterals returns a keyword set one of which (ASCII case folded)
// every match of pattern contains, or nil when there is none worth
// testing: the pattern is anchored at the start (a regex rejects those at
// once anyway) or some match needs no literal of two bytes or more.
func requiredLiterals(pattern string) *keywords.Set {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	if seq := flatten(re, nil); len(seq) > 0 && seq[0].Op == syntax.OpBeginText {
		return nil
	}
	need := required(re)
	if len(need) == 0 {
		return nil
	}
	for _, s := range need {
		if len(s) < 2 {
			return nil
		}
	}
	return keywords.New(need)
}

// required returns strings (lower case) one of which every match of re
// contains, preferring the set whose shortest string is longest; nil means
// none is known.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			r := required(sub)
			if r == nil {
				return nil
			}
			if all = union(all, r); len(all) > 4*maxExact {
				return nil
			}
		}
		return all
	case syntax.OpConcat:
		var best []string
		consider := func(set []string) {
			if shortest(set) > shortest(best) {
				best = set
			}
		}
		cur := []string{""}
		for _, sub := range re.Sub {
			in := analyze(sub, nil)
			if in.exact != nil {
				if next := cross(cur, in.exact); next != nil {
					cur = next
					continue
				}
			}
			consider(cur)
			consider(required(sub))
			cur = []string{""}
			if in.exact != nil {
				cur = in.exact
			}
		}
		consider(cur)
		return best
	}
	if in := analyze(re, nil); in.exact != nil {
		return in.exact
	}
	return nil
}

// shortest is the length of the shortest string of set (0 for none).
func shortest(set []string) int {
	if len(set) == 0 {
		return 0
	}
	n := len(set[0])
	for _, s := range set[1:] {
		n = min(n, len(s))
	}
	return n
}
