package rules

import "strings"

// withRequired keeps the matches of a composite rule that have, for every
// required rule, a match within the required distance (gitleaks'
// [[rules.required]]). Required rules run on the whole text, whatever their
// keywords, and even when they are skipReport rules.
func (e *Engine) withRequired(c *compiled, t Target, text string, primary []Match, dec *decoded) []Match {
	aux := make([][]Match, len(c.Required))
	for i, rq := range c.Required {
		rc := e.byID[rq.ID]
		if rc == nil || rc.prepare().re == nil {
			continue
		}
		inner := &compiled{Rule: &Rule{}, re: rc.re, maxLen: rc.maxLen, anchor: rc.anchor}
		*inner.Rule = *rc.Rule
		inner.SkipReport = false
		inner.Required = nil
		for _, loc := range rc.re.FindAllStringIndex(text, -1) {
			if m, ok := e.check(inner, t, text, loc[0], loc[1], dec); ok {
				m.Rule = rc.Rule
				aux[i] = append(aux[i], m)
			}
		}
	}
	var out []Match
	for _, p := range primary {
		ok := true
		for i, rq := range c.Required {
			near := false
			for _, a := range aux[i] {
				if within(t.Text, p, a, rq) {
					near = true
					break
				}
			}
			if !near {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, p)
		}
	}
	return out
}

func within(text string, p, a Match, rq Required) bool {
	if rq.WithinLines != nil {
		pl, al := strings.Count(text[:p.Start], "\n"), strings.Count(text[:a.Start], "\n")
		if abs(pl-al) > *rq.WithinLines {
			return false
		}
	}
	if rq.WithinColumns != nil {
		if abs(column(text, p.Start)-column(text, a.Start)) > *rq.WithinColumns {
			return false
		}
	}
	return true
}

func column(text string, off int) int {
	return off - (strings.LastIndexByte(text[:off], '\n') + 1)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
