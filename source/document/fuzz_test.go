package document

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/secretvet/secretvet/fragment"
)

// FuzzExtract checks that Extract never panics and that what it returns
// holds together: the remainder keeps every offset of the file, positions
// fall inside the file, and a located byte is the byte it came from unless
// it was produced by an escape. Seeds: testdata/fuzz/FuzzExtract and the
// fixtures (with their placeholders, no tokens).
func FuzzExtract(f *testing.F) {
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*.ipynb"))
	for _, p := range append(fixtures, more...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, path := range []string{"f.json", "f.ipynb"} {
			frags, kind, ok, err := Extract(path, data)
			if err != nil || !ok {
				if ok || frags != nil || kind != None {
					t.Fatalf("err %v ok %v but %d fragments, kind %q", err, ok, len(frags), kind)
				}
				continue
			}
			if got := Detect(data); got != kind {
				t.Fatalf("Detect = %q, Extract kind = %q", got, kind)
			}
			rest := frags[len(frags)-1]
			if len(rest.Text) != len(data) {
				t.Fatalf("remainder length %d, file %d", len(rest.Text), len(data))
			}
			checkLocations(t, data, frags[:len(frags)-1])
		}
	})
}

func checkLocations(t *testing.T, data []byte, frags []fragment.Fragment) {
	t.Helper()
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	for i := range frags {
		f := &frags[i]
		if f.Text == "" {
			t.Fatalf("empty fragment %s", f.Origin.Pointer)
		}
		n := min(len(f.Text), 4096)
		for off := 0; off < n; off++ {
			pos := f.Locate(off)
			if pos.Line < 1 || pos.Line > len(starts) || pos.Column < 1 || pos.InnerLine < 1 || pos.InnerColumn < 1 {
				t.Fatalf("%s: Locate(%d) = %+v out of range", f.Origin.Pointer, off, pos)
			}
			fileOff := starts[pos.Line-1] + pos.Column - 1
			if fileOff >= len(data) {
				t.Fatalf("%s: Locate(%d) = %+v past the end", f.Origin.Pointer, off, pos)
			}
			if data[fileOff] != f.Text[off] && bytes.IndexByte(data[max(0, fileOff-12):fileOff+1], '\\') < 0 {
				t.Fatalf("%s: byte %d %q located at file byte %d %q", f.Origin.Pointer, off, f.Text[off], fileOff, data[fileOff])
			}
		}
	}
}

// FuzzParse checks the JSON parser against encoding/json: same verdict on
// validity (below the depth limit) and same decoded values.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"a":[1,2.5e3,-0,true,false,null],"b":{"c":"d\n\u00e9\ud83d\ude00"}}`,
		`[]`, `""`, `"\ud800"`, `{"a":1,"a":2}`, `01`, `1.`, `-`, `{"a" 1}`, "\"\x01\"", `[1,]`, ` 1 `,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := parseJSON(data, 0, len(data))
		valid := json.Valid(data)
		if err != nil {
			if valid && !strings.Contains(err.Error(), errTooDeep.Error()) {
				t.Fatalf("parse error %v on valid JSON", err)
			}
			return
		}
		if !valid {
			t.Fatalf("parsed invalid JSON")
		}
		if !utf8.Valid(data) {
			return // encoding/json replaces invalid UTF-8; we keep the bytes
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var want any
		if err := dec.Decode(&want); err != nil {
			t.Fatal(err)
		}
		if got := toAny(data, n); !reflect.DeepEqual(got, want) {
			t.Fatalf("parsed %#v, encoding/json %#v", got, want)
		}
	})
}

func toAny(src []byte, n *node) any {
	switch n.kind {
	case kindObject:
		m := map[string]any{}
		for _, mem := range n.members {
			m[mem.key] = toAny(src, mem.val)
		}
		return m
	case kindArray:
		a := []any{}
		for _, e := range n.elems {
			a = append(a, toAny(src, e))
		}
		return a
	case kindString:
		return n.str
	case kindNumber:
		return json.Number(src[n.start:n.end])
	case kindBool:
		return src[n.start] == 't'
	}
	return nil
}
