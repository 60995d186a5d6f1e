package jsonpos

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Kind is the JSON type of a value.
type Kind int

// Kinds of scalar value.
const (
	String Kind = iota
	Number
	Bool
	Null
)

// Value is one scalar value of a JSON text.
type Value struct {
	// Pointer is the value's JSON pointer ("/app/scopes/0/name").
	Pointer string
	// Key is the last member name on the way to the value ("name"), or ""
	// for an array element or the root.
	Key  string
	Kind Kind
	// Start and End are the byte span of the raw value, quotes included.
	Start, End int
	// Text is the decoded string, or the raw text of any other scalar.
	Text string
}

// Raw returns the raw bytes of v between its quotes (a string) or as they
// are (any other scalar).
func (v Value) Raw(data []byte) []byte {
	if v.Kind == String && v.End-v.Start >= 2 {
		return data[v.Start+1 : v.End-1]
	}
	return data[v.Start:v.End]
}

// frame is an open object or array.
type frame struct {
	ptr    string
	object bool
	index  int    // next array index
	key    string // pending member name (objects)
	keyed  bool   // a member name was read, its value not yet
}

// Scalars calls fn for every scalar value of data, in document order. It
// returns an error (with the byte offset) for JSON that is not valid;
// values before the error have been reported.
func Scalars(data []byte, fn func(Value)) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []frame
	// child returns the pointer and key of the next value in the innermost
	// frame and advances it.
	child := func() (string, string) {
		if len(stack) == 0 {
			return "", ""
		}
		f := &stack[len(stack)-1]
		if f.object {
			f.keyed = false
			return f.ptr + "/" + escape(f.key), f.key
		}
		i := f.index
		f.index++
		return f.ptr + "/" + strconv.Itoa(i), ""
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			if len(stack) > 0 {
				return fmt.Errorf("offset %d: unexpected end of JSON", len(data))
			}
			return nil
		}
		if err != nil {
			return positioned(err, dec)
		}
		end := int(dec.InputOffset())
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				ptr, _ := child()
				stack = append(stack, frame{ptr: ptr, object: d == '{'})
			default:
				stack = stack[:len(stack)-1]
			}
			continue
		}
		if len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.object && !f.keyed {
				// a member name
				f.key, f.keyed = tok.(string), true
				continue
			}
		}
		ptr, key := child()
		v := Value{Pointer: ptr, Key: key, End: end}
		switch t := tok.(type) {
		case string:
			v.Kind, v.Text, v.Start = String, t, stringStart(data, end)
		case json.Number:
			v.Kind, v.Text, v.Start = Number, string(t), end-len(t)
		case bool:
			v.Kind, v.Text = Bool, strconv.FormatBool(t)
			v.Start = end - len(v.Text)
		case nil:
			v.Kind, v.Text, v.Start = Null, "null", end-4
		}
		if v.Start < 0 {
			v.Start = 0
		}
		fn(v)
	}
}

// stringStart finds the opening quote of the string whose closing quote is
// at end-1: the nearest quote before it that no backslash escapes (inside a
// JSON string every quote is escaped).
func stringStart(data []byte, end int) int {
	for i := end - 2; i >= 0; i-- {
		if data[i] != '"' {
			continue
		}
		n := 0
		for j := i - 1; j >= 0 && data[j] == '\\'; j-- {
			n++
		}
		if n%2 == 0 {
			return i
		}
	}
	return 0
}

func positioned(err error, dec *json.Decoder) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("offset %d: %w", se.Offset, err)
	}
	return fmt.Errorf("offset %d: %w", dec.InputOffset(), err)
}

// escape escapes a member name for a JSON pointer.
func escape(s string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}
