package rules

// scanDecoded runs the decoding rounds: each round decodes the segments the
// previous round exposed and runs the rules again, keeping only matches that
// overlap newly decoded text. Only windows that touch decoded text can hold
// such a match, so the others are dropped before any regex runs; rules that
// run on the whole text still do, as in gitleaks.
func (f *File) scanDecoded(out []Match, t Target) []Match {
	e := f.e
	text := t.Text
	var segs []*segment
	for depth := 1; depth <= e.opts.MaxDecodeDepth; depth++ {
		text, segs = decodeRound(text, segs)
		if len(segs) == 0 {
			break
		}
		d := &decoded{text: text, segs: segs}
		p := e.makePlan(&f.buf, text, nil)
		for _, ri := range p.touched {
			if !p.full[ri] {
				p.windows[ri] = nearDecoded(p.windows[ri], segs)
				if len(p.windows[ri]) == 0 {
					continue
				}
			}
			out = f.runRule(out, ri, t, text, p, d)
		}
	}
	return out
}

// nearDecoded keeps the windows that touch a decoded segment (both lists
// are sorted by start).
func nearDecoded(ws []span, segs []*segment) []span {
	out := ws[:0]
	j := 0
	for _, w := range ws {
		for j < len(segs) && segs[j].decoded.end < w.start {
			j++
		}
		if j < len(segs) && segs[j].decoded.touches(w) {
			out = append(out, w)
		}
	}
	return out
}
