package rules

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// This file finds and decodes encoded segments the way gitleaks' codec
// does (same segments, same decoded values, same offsets back to the
// original text), so that decoding finds exactly what gitleaks finds. It
// does so by hand, in one pass, instead of with the codec's whole-text
// regular expression, and it keeps the decoded spans, which lets the engine
// rescan only around decoded text.

// Encoding kinds, as bits; the order is the codec's precedence (an
// encoding earlier in the list wins over a later one that touches it).
const (
	encPercent = 1 << iota
	encUnicode
	encHex
	encBase64
)

var encNames = []string{"percent", "unicode", "hex", "base64"}

func precedence(kind int) int {
	switch kind {
	case encPercent:
		return 4
	case encUnicode:
		return 3
	case encHex:
		return 2
	}
	return 1
}

// segment is one encoded run of a round and what it decoded to.
type segment struct {
	prev     []*segment // the segments of the round before (they map further back)
	original span       // in the original text
	encoded  span       // in the text this round decoded
	decoded  span       // in the text this round produced
	value    string
	kinds    int
	depth    int
}

// touches is the codec's overlap test: inclusive, so adjacent spans touch.
func (s span) touches(o span) bool { return o.start <= s.end && o.end >= s.start }

func (s span) contains(o span) bool { return s.start <= o.start && o.end <= s.end }

func (s span) merge(o span) span { return span{min(s.start, o.start), max(s.end, o.end)} }

// overflow is how far o reaches beyond s on each side.
func (s span) overflow(o span) span {
	m := s.merge(o)
	return span{m.start - s.start, m.end - s.end}
}

func (s span) add(o span) span { return span{s.start + o.start, s.end + o.end} }

type encMatch struct {
	kind int
	span
}

// findEncoded returns the encoded runs of text, leftmost first, as the
// codec's pattern `percent | unicode | hex | base64` finds them, then drops
// a run that touches a neighbour of higher precedence, as the codec does.
func findEncoded(text string) []encMatch {
	var all []encMatch
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		if c == '%' && i+2 < n && isHex(text[i+1]) && isHex(text[i+2]) {
			all = append(all, encMatch{encPercent, span{i, percentEnd(text, i)}})
			i = all[len(all)-1].end
			continue
		}
		if c == 'U' {
			if e := codePointsEnd(text, i); e > i {
				all = append(all, encMatch{encUnicode, span{i, e}})
				i = e
				continue
			}
		}
		if c == '\\' {
			if e := escapesEnd(text, i); e > i {
				all = append(all, encMatch{encUnicode, span{i, e}})
				i = e
				continue
			}
		}
		if !isBase64Class(c) {
			i++
			continue
		}
		h := i
		for h < n && isHex(text[h]) {
			h++
		}
		if h-i >= 32 {
			all = append(all, encMatch{encHex, span{i, h}})
			i = h
			continue
		}
		j := h
		for j < n && isBase64Class(text[j]) {
			j++
		}
		if j-i >= 16 {
			k := j
			for k < n && k-j < 2 && text[k] == '=' {
				k++
			}
			all = append(all, encMatch{encBase64, span{i, k}})
			i = k
			continue
		}
		// No run from here is long enough, nor from any byte up to j;
		// but "U+XXXX " may start at one of them.
		i++
		for i < j && text[i] != 'U' {
			i++
		}
	}
	if len(all) < 2 {
		return all
	}
	kept := make([]encMatch, 0, len(all))
	for i, m := range all {
		if i > 0 && m.touches(all[i-1].span) && precedence(all[i-1].kind) > precedence(m.kind) {
			continue
		}
		if i+1 < len(all) && m.touches(all[i+1].span) && precedence(all[i+1].kind) > precedence(m.kind) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// percentEnd: `%XX` then, greedily, up to the last `%XX` on the same line.
func percentEnd(text string, i int) int {
	end := i + 3
	eol := strings.IndexByte(text[end:], '\n')
	if eol < 0 {
		eol = len(text)
	} else {
		eol += end
	}
	for k := eol - 3; k >= end; k-- {
		if text[k] == '%' && isHex(text[k+1]) && isHex(text[k+2]) {
			return k + 3
		}
	}
	return end
}

// codePointsEnd: one or more `U+XXXX` each followed by a white space byte
// (taken) or the end of the text.
func codePointsEnd(text string, i int) int {
	for {
		n := unicodeCodePointAt(text, i)
		if n == 0 {
			return i
		}
		i += n
		if n == 6 { // at the end of the text
			return i
		}
	}
}

// escapesEnd: one or more `\uXXXX` or `\\uXXXX` (u in either case).
func escapesEnd(text string, i int) int {
	for {
		n := unicodeEscapeAt(text, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

// decodeValue decodes one run as the codec does; "" means it does not
// decode to anything worth scanning.
func decodeValue(kind int, s string) string {
	switch kind {
	case encPercent:
		return decodePercent(s)
	case encUnicode:
		return decodeUnicode(s)
	case encHex:
		if hexDecodes(s) {
			b := make([]byte, len(s)/2)
			for i := range b {
				b[i] = hexByte(s[2*i], s[2*i+1])
			}
			return string(b)
		}
		return ""
	}
	return decodeBase64(s)
}

func decodePercent(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b := hexByte(s[i+1], s[i+2])
			if !printable(b) {
				return ""
			}
			out = append(out, b)
			i += 3
			continue
		}
		out = append(out, s[i])
		i++
	}
	return string(out)
}

// decodeUnicode decodes a run of code points (white space between them is
// dropped) or of escapes.
func decodeUnicode(s string) string {
	var runes []rune
	if s[0] == 'U' {
		for _, f := range strings.Fields(s) {
			if v, err := strconv.ParseInt(f[2:], 16, 32); err == nil {
				runes = append(runes, rune(v))
			}
		}
	} else {
		for i := 0; i < len(s); {
			n := unicodeEscapeAt(s, i)
			if n == 0 {
				i++
				continue
			}
			if v, err := strconv.ParseInt(s[i+n-4:i+n], 16, 32); err == nil {
				runes = append(runes, rune(v))
			}
			i += n
		}
	}
	if len(runes) == 0 {
		return s
	}
	return string(runes)
}

func decodeBase64(s string) string {
	likely := false
	for i := 0; i < len(s) && !likely; i++ {
		c := s[i]
		likely = '0' <= c && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_'
	}
	if !likely {
		return ""
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil && allPrintable(b) {
			return string(b)
		}
	}
	return ""
}

// decodeRound decodes the runs of text (which the round before, prev,
// produced) and returns the new text and its segments.
func decodeRound(text string, prev []*segment) (string, []*segment) {
	var segs []*segment
	var b strings.Builder
	last, shift := 0, 0
	for _, m := range findEncoded(text) {
		v := decodeValue(m.kind, text[m.start:m.end])
		if v == "" {
			continue
		}
		s := &segment{
			prev:     prev,
			original: toOriginal(prev, m.span),
			encoded:  m.span,
			decoded:  span{m.start + shift, m.start + shift + len(v)},
			value:    v,
			kinds:    m.kind,
			depth:    1,
		}
		shift += len(v) - (m.end - m.start)
		if len(prev) > 0 {
			s.depth = 1 + prev[0].depth
			for _, p := range prev {
				if s.encoded.touches(p.decoded) {
					s.kinds |= p.kinds
				}
			}
		}
		if b.Len() == 0 {
			b.Grow(len(text) + shift)
		}
		b.WriteString(text[last:m.start])
		b.WriteString(v)
		last = m.end
		segs = append(segs, s)
	}
	if len(segs) == 0 {
		return text, nil
	}
	b.WriteString(text[last:])
	return b.String(), segs
}

// toOriginal maps a span of a decoded text back to the original text
// through the segments that produced it.
func toOriginal(segs []*segment, d span) span {
	if len(segs) == 0 {
		return d
	}
	var enc span
	set := false
	for _, p := range segs {
		if !p.decoded.touches(d) {
			continue
		}
		if p.decoded.contains(d) {
			return p.original
		}
		e := p.encoded.add(p.decoded.overflow(d))
		if !set || enc.end == 0 {
			enc, set = e, true
		} else {
			enc = enc.merge(e)
		}
	}
	if !set || enc.end == 0 {
		return d
	}
	return toOriginal(segs[0].prev, enc)
}

// decoded is one decoding round of a text: the text with its encoded
// segments replaced by what they decode to.
type decoded struct {
	text string
	segs []*segment
}

func (d *decoded) overlapping(start, end int) []*segment {
	var out []*segment
	m := span{start, end}
	for _, s := range d.segs {
		if s.decoded.touches(m) {
			out = append(out, s)
		}
	}
	return out
}

func (d *decoded) toOriginal(segs []*segment, start, end int) (int, int) {
	o := toOriginal(segs, span{start, end})
	return o.start, o.end
}

// line is the text the codec tests as "the line" of a decoded match.
func (d *decoded) line(segs []*segment) string {
	dec := segs[0].decoded
	for _, s := range segs[1:] {
		dec = dec.merge(s.decoded)
	}
	start, end := 0, len(d.text)
	for i := min(dec.start, len(d.text)-1); i >= 0; i-- {
		if d.text[i] == '\n' {
			start = i
			break
		}
	}
	for i := dec.end; i < end; i++ {
		if d.text[i] == '\n' {
			end = i
			break
		}
	}
	return d.text[start:end]
}

// tags names the encodings a match was hidden under.
func (d *decoded) tags(segs []*segment) []string {
	kinds := 0
	for _, s := range segs {
		kinds |= s.kinds
	}
	var out []string
	for i, name := range encNames {
		if kinds&(1<<i) != 0 {
			out = append(out, name)
		}
	}
	return out
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexVal(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

func hexByte(a, b byte) byte { return hexVal(a)<<4 | hexVal(b) }

// printable is the codec's test for decoded bytes.
func printable(b byte) bool { return '\x08' < b && b < '\x7f' }

func isBase64Class(c byte) bool {
	return c == '_' || c == '/' || c == '+' || c == '-' ||
		'0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// unicodeCodePointAt returns the length of "U+XXXX" followed by white space
// or the end of text at i, or 0.
func unicodeCodePointAt(text string, i int) int {
	if i+6 > len(text) || text[i+1] != '+' {
		return 0
	}
	for k := i + 2; k < i+6; k++ {
		if !isHex(text[k]) {
			return 0
		}
	}
	if i+6 == len(text) {
		return 6
	}
	switch text[i+6] {
	case ' ', '\t', '\n', '\f', '\r':
		return 7
	}
	return 0
}

// unicodeEscapeAt returns the length of `\uXXXX` or `\\uXXXX` (u in either
// case) at i, or 0.
func unicodeEscapeAt(text string, i int) int {
	for _, k := range []int{2, 1} {
		if i+k+5 > len(text) {
			continue
		}
		ok := true
		for b := 0; b < k; b++ {
			ok = ok && text[i+b] == '\\'
		}
		if u := text[i+k]; !ok || (u != 'u' && u != 'U') {
			continue
		}
		for h := i + k + 1; h < i+k+5; h++ {
			ok = ok && isHex(text[h])
		}
		if ok {
			return k + 5
		}
	}
	return 0
}

// hexDecodes mirrors the codec's hex decoder: even length, at least one
// digit, every byte printable.
func hexDecodes(s string) bool {
	if len(s)%2 != 0 {
		return false
	}
	digit := false
	for i := 0; i < len(s); i++ {
		digit = digit || '0' <= s[i] && s[i] <= '9'
	}
	if !digit {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if !printable(hexByte(s[i], s[i+1])) {
			return false
		}
	}
	return true
}

func allPrintable(b []byte) bool {
	for _, c := range b {
		if !printable(c) {
			return false
		}
	}
	return true
}
