package document

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/secretvet/secretvet/fragment"
)

// A small JSON parser that keeps the byte offsets of every value, which
// encoding/json does not give: a fragment must point back at the character
// of the file that a decoded string character came from.

// maxDepth bounds nesting so that hostile input ends in an error, not in a
// stack that grows without limit.
const maxDepth = 1000

var errTooDeep = errors.New("nested too deep")

type nodeKind uint8

const (
	kindObject nodeKind = iota + 1
	kindArray
	kindString
	kindNumber
	kindBool
	kindNull
)

// node is one JSON value. start and end are its raw extent in the parsed
// bytes; for a string they include the quotes.
type node struct {
	kind       nodeKind
	start, end int
	str        string // decoded value of a string (empty for a shallow node)
	members    []member
	elems      []*node
}

type member struct {
	key string
	val *node
}

// get returns the value of key, the last one when a key repeats (as
// encoding/json does), or nil.
func (n *node) get(key string) *node {
	if n == nil || n.kind != kindObject {
		return nil
	}
	for i := len(n.members) - 1; i >= 0; i-- {
		if n.members[i].key == key {
			return n.members[i].val
		}
	}
	return nil
}

// getString returns the string value of key, or "" when it is absent or
// not a string.
func (n *node) getString(key string) string {
	v := n.get(key)
	if v == nil || v.kind != kindString {
		return ""
	}
	return v.str
}

func (n *node) is(k nodeKind) bool { return n != nil && n.kind == k }

// syntaxError is a JSON syntax error at a byte offset of the parsed bytes;
// Line and Column are set when those bytes are the physical file.
type syntaxError struct {
	Offset       int
	Line, Column int
	Msg          string
}

func (e *syntaxError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("invalid JSON at line %d column %d: %s", e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("invalid JSON at byte %d: %s", e.Offset, e.Msg)
}

type parser struct {
	src        []byte
	pos, end   int
	depth      int
	buildDepth int // values deeper than this are validated but not kept
}

// parseJSON parses src[start:end] as exactly one JSON value surrounded by
// optional whitespace.
func parseJSON(src []byte, start, end int) (*node, error) {
	return parseRange(src, start, end, maxDepth)
}

// parseShallow validates src[start:end] but keeps only the top-level value
// and its direct children (without their contents): enough to decide what
// a document is without building the tree of a large unrelated file.
func parseShallow(src []byte, start, end int) (*node, error) {
	return parseRange(src, start, end, 1)
}

func parseRange(src []byte, start, end, buildDepth int) (*node, error) {
	p := &parser{src: src, pos: start, end: end, buildDepth: buildDepth}
	p.skipSpace()
	n, err := p.value()
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < p.end {
		return nil, p.fail("unexpected data after the top-level value")
	}
	return n, nil
}

func (p *parser) fail(msg string) error { return &syntaxError{Offset: p.pos, Msg: msg} }

func (p *parser) skipSpace() {
	for p.pos < p.end {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value() (*node, error) {
	if p.pos >= p.end {
		return nil, p.fail("unexpected end of input")
	}
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.stringValue(p.depth < p.buildDepth)
	case c == 't':
		return p.literal("true", kindBool)
	case c == 'f':
		return p.literal("false", kindBool)
	case c == 'n':
		return p.literal("null", kindNull)
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	default:
		return nil, p.fail(fmt.Sprintf("unexpected character %q", c))
	}
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > maxDepth {
		return &syntaxError{Offset: p.pos, Msg: errTooDeep.Error()}
	}
	return nil
}

func (p *parser) object() (*node, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	build := p.depth <= p.buildDepth
	n := &node{kind: kindObject, start: p.pos}
	p.pos++ // {
	p.skipSpace()
	if p.pos < p.end && p.src[p.pos] == '}' {
		p.pos++
		n.end = p.pos
		p.depth--
		return n, nil
	}
	for {
		p.skipSpace()
		if p.pos >= p.end || p.src[p.pos] != '"' {
			return nil, p.fail("expected a string key")
		}
		k, err := p.stringValue(build)
		if err != nil {
			return nil, err
		}
		p.skipSpace()
		if p.pos >= p.end || p.src[p.pos] != ':' {
			return nil, p.fail("expected ':' after a key")
		}
		p.pos++
		p.skipSpace()
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		if build {
			n.members = append(n.members, member{key: k.str, val: v})
		}
		p.skipSpace()
		if p.pos >= p.end {
			return nil, p.fail("unexpected end of input in an object")
		}
		if p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.src[p.pos] == '}' {
			p.pos++
			n.end = p.pos
			p.depth--
			return n, nil
		}
		return nil, p.fail("expected ',' or '}' in an object")
	}
}

func (p *parser) array() (*node, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	build := p.depth <= p.buildDepth
	n := &node{kind: kindArray, start: p.pos}
	p.pos++ // [
	p.skipSpace()
	if p.pos < p.end && p.src[p.pos] == ']' {
		p.pos++
		n.end = p.pos
		p.depth--
		return n, nil
	}
	for {
		p.skipSpace()
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		if build {
			n.elems = append(n.elems, v)
		}
		p.skipSpace()
		if p.pos >= p.end {
			return nil, p.fail("unexpected end of input in an array")
		}
		if p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.src[p.pos] == ']' {
			p.pos++
			n.end = p.pos
			p.depth--
			return n, nil
		}
		return nil, p.fail("expected ',' or ']' in an array")
	}
}

func (p *parser) literal(word string, k nodeKind) (*node, error) {
	if p.end-p.pos < len(word) || string(p.src[p.pos:p.pos+len(word)]) != word {
		return nil, p.fail("invalid literal")
	}
	n := &node{kind: k, start: p.pos, end: p.pos + len(word)}
	p.pos += len(word)
	return n, nil
}

func (p *parser) number() (*node, error) {
	start := p.pos
	digits := func() int {
		n := 0
		for p.pos < p.end && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.src[p.pos] == '-' {
		p.pos++
	}
	if p.pos < p.end && p.src[p.pos] == '0' {
		p.pos++
	} else if digits() == 0 {
		return nil, p.fail("invalid number")
	}
	if p.pos < p.end && p.src[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return nil, p.fail("invalid number")
		}
	}
	if p.pos < p.end && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		p.pos++
		if p.pos < p.end && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return nil, p.fail("invalid number")
		}
	}
	return &node{kind: kindNumber, start: start, end: p.pos}, nil
}

// stringValue reads a string at p.pos (which holds the opening quote),
// validating escapes and control characters; it decodes the value when
// decode is set.
func (p *parser) stringValue(decode bool) (*node, error) {
	start := p.pos
	p.pos++
	escaped := false
	for {
		i := p.pos
		for i < p.end && p.src[i] != '"' && p.src[i] != '\\' && p.src[i] >= 0x20 {
			i++
		}
		p.pos = i
		if p.pos >= p.end {
			return nil, p.fail("unterminated string")
		}
		c := p.src[p.pos]
		if c == '"' {
			break
		}
		if c < 0x20 {
			return nil, p.fail("control character in a string")
		}
		// backslash
		escaped = true
		if p.pos+1 >= p.end {
			return nil, p.fail("unterminated string")
		}
		switch p.src[p.pos+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			p.pos += 2
		case 'u':
			if p.pos+6 > p.end || !isHex4(p.src[p.pos+2:p.pos+6]) {
				return nil, p.fail("invalid \\u escape")
			}
			p.pos += 6
		default:
			return nil, p.fail("invalid escape")
		}
	}
	p.pos++ // closing quote
	n := &node{kind: kindString, start: start, end: p.pos}
	if decode {
		raw := p.src[start+1 : p.pos-1]
		if escaped {
			n.str, _ = decodeString(raw, 0, false)
		} else {
			n.str = string(raw)
		}
	}
	return n, nil
}

func isHex4(b []byte) bool {
	for _, c := range b {
		if !isHex(c) {
			return false
		}
	}
	return true
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		default:
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}

// decodeString decodes the raw contents of a validated JSON string (without
// its quotes). With anchors set it also returns the anchors that map each
// decoded offset to base plus the raw offset: one anchor for the start and
// one after every escape (between escapes, offsets advance together).
// Bytes that are not valid UTF-8 are kept as they are, so that offsets stay
// exact; a lone UTF-16 surrogate becomes U+FFFD, as with encoding/json.
func decodeString(raw []byte, base int, anchors bool) (string, []fragment.Anchor) {
	var as []fragment.Anchor
	if anchors {
		as = []fragment.Anchor{{Text: 0, File: base}}
	}
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw), as
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			j := i + 1
			for j < len(raw) && raw[j] != '\\' {
				j++
			}
			out = append(out, raw[i:j]...)
			i = j
			continue
		}
		if i+1 >= len(raw) {
			break // cannot happen for validated input
		}
		n := 2
		switch raw[i+1] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if i+6 > len(raw) {
				i = len(raw)
				continue
			}
			r := hex4(raw[i+2:])
			n = 6
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+12 <= len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' && isHex4(raw[i+8:i+12]) {
					r2 = hex4(raw[i+8:])
				}
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					r = dec
					n = 12
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default: // '"', '\\', '/'
			out = append(out, raw[i+1])
		}
		i += n
		if anchors {
			as = append(as, fragment.Anchor{Text: len(out), File: base + i})
		}
	}
	return string(out), as
}

// items returns the elements of an array, or nil for anything else
// (including a missing value).
func (n *node) items() []*node {
	if n == nil || n.kind != kindArray {
		return nil
	}
	return n.elems
}

// fields returns the members of an object, or nil for anything else.
func (n *node) fields() []member {
	if n == nil || n.kind != kindObject {
		return nil
	}
	return n.members
}
