package monaco

import (
	"strings"
	"unicode/utf8"

	"github.com/secretvet/secretvet/fragment"
	"gopkg.in/yaml.v3"
)

// extractor collects the fragments of one YAML file.
type extractor struct {
	name   string
	src    string
	lines  *fragment.Lines
	starts []int // byte offset of each line start
	mask   []span
	res    Result
}

type span struct{ start, end int }

func newExtractor(name string, data []byte) *extractor {
	src := string(data)
	x := &extractor{name: name, src: src, lines: fragment.NewLines(src), starts: []int{0}, res: Result{Names: map[string]string{}}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			x.starts = append(x.starts, i+1)
		}
	}
	return x
}

// offset turns yaml.v3's 1-based line and column (counted in characters)
// into a byte offset, or -1.
func (x *extractor) offset(line, col int) int {
	if line < 1 || line > len(x.starts) || col < 1 {
		return -1
	}
	off := x.starts[line-1]
	for c := 1; c < col && off < len(x.src) && x.src[off] != '\n'; c++ {
		_, w := utf8.DecodeRuneInString(x.src[off:])
		off += w
	}
	return off
}

// emit adds scalar n as a fragment and blanks it in the remainder. name is
// the key that names the value, for remediation.
func (x *extractor) emit(n *yaml.Node, ptr string, kind fragment.Kind, title, name string) (fragment.Fragment, bool) {
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" || strings.TrimSpace(n.Value) == "" {
		return fragment.Fragment{}, false
	}
	loc, spans := x.place(n)
	x.mask = append(x.mask, spans...)
	f := fragment.Fragment{
		Text:    n.Value,
		Origin:  fragment.Origin{Path: x.name, Pointer: ptr, Kind: kind, Title: title},
		Locator: loc,
	}
	x.res.Fragments = append(x.res.Fragments, f)
	if name != "" {
		x.res.Names[ptr] = name
	}
	return f, true
}

// searchWindow bounds how far after the previous word the next one is
// looked for: indentation, a line break, a folded line's join.
const searchWindow = 512

// place finds the value of scalar n in the file: a locator for its text
// and the byte spans it covers. Each word of the value is looked up in
// turn from where the node starts, so that block scalars (whose lines are
// indented in the file) and folded scalars (whose line breaks are spaces
// in the value) are placed exactly; a word that is not in the file as it
// is (an escape in a quoted scalar) is placed where the search stands.
func (x *extractor) place(n *yaml.Node) (fragment.Locator, []span) {
	v := n.Value
	start := x.offset(n.Line, n.Column)
	if start < 0 {
		return fragment.NewLinesAt(v, max(n.Line, 1), max(n.Column, 1)), nil
	}
	var spans []span
	switch n.Style & (yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle | yaml.LiteralStyle | yaml.FoldedStyle) {
	case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		quote := x.src[start]
		end := closingQuote(x.src, start, quote)
		start++
		spans = append(spans, span{start, end})
	case yaml.LiteralStyle, yaml.FoldedStyle:
		if i := strings.IndexByte(x.src[start:], '\n'); i >= 0 {
			start += i + 1
		}
	}
	if !strings.Contains(v, "\n") && strings.HasPrefix(x.src[start:], v) {
		if spans == nil {
			spans = append(spans, span{start, start + len(v)})
		}
		p := x.lines.Locate(start)
		return fragment.NewLinesAt(v, p.Line, p.Column), spans
	}
	var anchors []fragment.Anchor
	cursor := start
	for i := 0; i < len(v); {
		if isSpace(v[i]) {
			i++
			continue
		}
		j := i
		for j < len(v) && !isSpace(v[j]) {
			j++
		}
		word := v[i:j]
		window := x.src[cursor:min(len(x.src), cursor+len(word)+searchWindow)]
		if k := strings.Index(window, word); k >= 0 {
			anchors = append(anchors, fragment.Anchor{Text: i, File: cursor + k})
			spans = append(spans, span{cursor + k, cursor + k + len(word)})
			cursor += k + len(word)
		} else {
			anchors = append(anchors, fragment.Anchor{Text: i, File: cursor})
		}
		i = j
	}
	if len(anchors) == 0 || anchors[0].Text != 0 {
		anchors = append([]fragment.Anchor{{Text: 0, File: start}}, anchors...)
	}
	return fragment.NewEmbedded(x.lines, v, anchors), spans
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// closingQuote returns the offset of the quote that closes the quoted
// scalar opened at start (” escapes a single quote, \" a double one), or
// the end of the text.
func closingQuote(src string, start int, quote byte) int {
	for i := start + 1; i < len(src); i++ {
		switch {
		case quote == '"' && src[i] == '\\':
			i++
		case src[i] == quote:
			if quote == '\'' && i+1 < len(src) && src[i+1] == '\'' {
				i++
				continue
			}
			return i
		}
	}
	return len(src)
}

// remainder is the whole file with the emitted values blanked out, so that
// a secret outside the known places (a comment, an unknown key) is still
// found and an emitted value is not reported twice.
func (x *extractor) remainder() fragment.Fragment {
	b := []byte(x.src)
	for _, s := range x.mask {
		for i := max(s.start, 0); i < s.end && i < len(b); i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = ' '
			}
		}
	}
	return fragment.Fragment{
		Text:    string(b),
		Origin:  fragment.Origin{Path: x.name, Kind: fragment.File},
		Locator: x.lines,
	}
}

// literal records a structural finding on fragment f.
func (x *extractor) literal(f fragment.Fragment, rule, key, desc string) {
	x.res.Literals = append(x.res.Literals, Literal{Fragment: f, RuleID: rule, Key: key, Description: desc})
}
