package sourcemap

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/secretvet/secretvet/fragment"
)

// This file is a small JSON parser that keeps, for every string, the byte
// offsets of its token in the input and the anchors that map offsets of the
// decoded string back to the input (encoding/json keeps neither). It accepts
// what a source map needs and is lenient where leniency costs nothing: raw
// control characters inside strings are taken as they are.

type kind uint8

const (
	kNull kind = iota
	kBool
	kNumber
	kString
	kArray
	kObject
)

func (k kind) String() string {
	return [...]string{"null", "boolean", "number", "string", "array", "object"}[k]
}

// value is a parsed JSON value.
type value struct {
	kind  kind
	start int // offset of the token's first byte (the quote of a string)
	end   int // offset after the token's last byte

	str     string            // kString: decoded
	anchors []fragment.Anchor // kString: decoded offset -> input offset
	num     string            // kNumber: as written
	items   []*value          // kArray
	keys    []string          // kObject, in order
	vals    []*value          // kObject, parallel to keys
}

// get returns the value of key in an object (the last one if repeated, as
// JavaScript does), or nil.
func (v *value) get(key string) *value {
	if v == nil || v.kind != kObject {
		return nil
	}
	for i := len(v.keys) - 1; i >= 0; i-- {
		if v.keys[i] == key {
			return v.vals[i]
		}
	}
	return nil
}

// maxNesting bounds nesting so that hostile input cannot exhaust the stack.
const maxNesting = 1000

// syntaxError is a JSON syntax error at a byte offset.
type syntaxError struct {
	off  int
	line int
	col  int
	msg  string
}

func (e *syntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at line %d, column %d (byte %d): %s", e.line, e.col, e.off, e.msg)
}

type parser struct {
	data    []byte
	pos     int
	depth   int
	anchors bool // record string anchors
}

// parseJSON parses the JSON value that starts at offset start of data and
// must be followed only by white space. anchors says whether strings record
// their anchors (Extract needs them, Parse does not).
func parseJSON(data []byte, start int, anchors bool) (*value, error) {
	p := &parser{data: data, pos: start, anchors: anchors}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos < len(p.data) {
		return nil, p.errorf("unexpected %s after the top-level value", p.describe())
	}
	return v, nil
}

func (p *parser) errorf(format string, args ...any) error {
	off := min(p.pos, len(p.data))
	line := 1 + bytes.Count(p.data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(p.data[:off], '\n')
	return &syntaxError{off: off, line: line, col: col, msg: fmt.Sprintf(format, args...)}
}

// describe names the byte at pos for an error message.
func (p *parser) describe() string {
	if p.pos >= len(p.data) {
		return "end of input"
	}
	return strconv.QuoteRune(rune(p.data[p.pos]))
}

func (p *parser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value() (*value, error) {
	p.space()
	if p.pos >= len(p.data) {
		return nil, p.errorf("unexpected end of input")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.string()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case bytes.HasPrefix(p.data[p.pos:], []byte("null")):
		p.pos += 4
		return &value{kind: kNull, start: p.pos - 4, end: p.pos}, nil
	case bytes.HasPrefix(p.data[p.pos:], []byte("true")):
		p.pos += 4
		return &value{kind: kBool, start: p.pos - 4, end: p.pos}, nil
	case bytes.HasPrefix(p.data[p.pos:], []byte("false")):
		p.pos += 5
		return &value{kind: kBool, start: p.pos - 5, end: p.pos}, nil
	}
	return nil, p.errorf("unexpected %s", p.describe())
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > maxNesting {
		return p.errorf("nested deeper than %d", maxNesting)
	}
	return nil
}

func (p *parser) object() (*value, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	v := &value{kind: kObject, start: p.pos}
	p.pos++ // {
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		v.end = p.pos
		return v, nil
	}
	for {
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return nil, p.errorf("expected a string key, found %s", p.describe())
		}
		key, err := p.string()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.errorf("expected ':' after object key, found %s", p.describe())
		}
		p.pos++
		val, err := p.value()
		if err != nil {
			return nil, err
		}
		v.keys = append(v.keys, key.str)
		v.vals = append(v.vals, val)
		p.space()
		if p.pos >= len(p.data) {
			return nil, p.errorf("unexpected end of input in object")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			v.end = p.pos
			return v, nil
		default:
			return nil, p.errorf("expected ',' or '}' in object, found %s", p.describe())
		}
	}
}

func (p *parser) array() (*value, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	v := &value{kind: kArray, start: p.pos}
	p.pos++ // [
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		v.end = p.pos
		return v, nil
	}
	for {
		item, err := p.value()
		if err != nil {
			return nil, err
		}
		v.items = append(v.items, item)
		p.space()
		if p.pos >= len(p.data) {
			return nil, p.errorf("unexpected end of input in array")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			v.end = p.pos
			return v, nil
		default:
			return nil, p.errorf("expected ',' or ']' in array, found %s", p.describe())
		}
	}
}

func (p *parser) number() (*value, error) {
	start := p.pos
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		if c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			p.pos++
			continue
		}
		break
	}
	num := string(p.data[start:p.pos])
	if _, err := strconv.ParseFloat(num, 64); err != nil {
		p.pos = start
		return nil, p.errorf("invalid number %q", num)
	}
	return &value{kind: kNumber, start: start, end: p.pos, num: num}, nil
}

// string parses a string token and records an anchor after every escape, so
// that Embedded can place any decoded offset in the input.
func (p *parser) string() (*value, error) {
	v := &value{kind: kString, start: p.pos}
	p.pos++ // opening quote
	if p.anchors {
		v.anchors = []fragment.Anchor{{Text: 0, File: p.pos}}
	}
	var out []byte
	runStart := p.pos // start of the bytes copied as they are
	for {
		i := bytes.IndexAny(p.data[p.pos:], "\"\\")
		if i < 0 {
			p.pos = len(p.data)
			return nil, p.errorf("unterminated string starting at byte %d", v.start)
		}
		p.pos += i
		if p.data[p.pos] == '"' {
			if out == nil {
				v.str = string(p.data[runStart:p.pos])
			} else {
				v.str = string(append(out, p.data[runStart:p.pos]...))
			}
			p.pos++
			v.end = p.pos
			return v, nil
		}
		out = append(out, p.data[runStart:p.pos]...)
		n, err := p.escape(&out)
		if err != nil {
			return nil, err
		}
		p.pos += n
		runStart = p.pos
		if p.anchors {
			v.anchors = append(v.anchors, fragment.Anchor{Text: len(out), File: p.pos})
		}
	}
}

// escape decodes the escape sequence at pos onto out and returns its length
// in the input.
func (p *parser) escape(out *[]byte) (int, error) {
	d := p.data[p.pos:]
	if len(d) < 2 {
		return 0, p.errorf("unterminated escape")
	}
	switch d[1] {
	case '"', '\\', '/':
		*out = append(*out, d[1])
	case 'b':
		*out = append(*out, '\b')
	case 'f':
		*out = append(*out, '\f')
	case 'n':
		*out = append(*out, '\n')
	case 'r':
		*out = append(*out, '\r')
	case 't':
		*out = append(*out, '\t')
	case 'u':
		r, ok := hex4(d[2:])
		if !ok {
			return 0, p.errorf(`invalid \u escape`)
		}
		n := 6
		if utf16.IsSurrogate(r) {
			r2 := rune(-1)
			if len(d) >= 12 && d[6] == '\\' && d[7] == 'u' {
				r2, _ = hex4(d[8:])
			}
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				r, n = dec, 12
			} else {
				r = utf8.RuneError // a lone surrogate
			}
		}
		*out = utf8.AppendRune(*out, r)
		return n, nil
	default:
		return 0, p.errorf("invalid escape %q", d[:2])
	}
	return 2, nil
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
