package rules

import (
	"strings"

	"github.com/zricethezav/gitleaks/v8/detect/codec"
)

// decoded is one decoding round of a text: the text with its encoded
// segments replaced by what they decode to, and the segments that map
// offsets back. The segment finder and decoders are gitleaks' own codec
// (pinned with the module), so decoding finds exactly what gitleaks finds.
type decoded struct {
	text string
	segs []*codec.EncodedSegment
}

func (d *decoded) overlapping(start, end int) []*codec.EncodedSegment {
	return codec.SegmentsWithDecodedOverlap(d.segs, start, end)
}

func (d *decoded) toOriginal(segs []*codec.EncodedSegment, start, end int) (int, int) {
	r := codec.AdjustMatchIndex(segs, []int{start, end})
	return r[0], r[1]
}

func (d *decoded) line(segs []*codec.EncodedSegment) string {
	return codec.CurrentLine(segs, d.text)
}

// tags returns the encodings ("base64", "hex", …) without gitleaks'
// "decoded:" prefix and depth tag.
func (d *decoded) tags(segs []*codec.EncodedSegment) []string {
	var out []string
	for _, t := range codec.Tags(segs) {
		if k, ok := strings.CutPrefix(t, "decoded:"); ok {
			out = append(out, k)
		}
	}
	return out
}

// scanDecoded runs the decoding rounds: each round decodes the segments the
// previous round exposed and runs the rules again, keeping only matches that
// overlap newly decoded text.
func (e *Engine) scanDecoded(out []Match, t Target) []Match {
	if !mayDecode(t.Text) {
		return out
	}
	decoder := codec.NewDecoder()
	text := t.Text
	var segs []*codec.EncodedSegment
	for depth := 1; depth <= e.opts.MaxDecodeDepth; depth++ {
		text, segs = decoder.Decode(text, segs)
		if len(segs) == 0 {
			break
		}
		d := &decoded{text: text, segs: segs}
		p := e.makePlan(text, nil)
		for _, ri := range p.touched {
			out = e.runRule(out, e.rules[ri], t, text, p, ri, d)
		}
	}
	return out
}
