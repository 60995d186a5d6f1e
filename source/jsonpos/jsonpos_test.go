package jsonpos

import (
	"strings"
	"testing"
)

func TestScalars(t *testing.T) {
	src := `{"app": {"id": "my.app", "scopes": [ {"name": "a:b:read", "comment": "say \"why\""}, {"name":"x/y~z", "n": 12.5e3, "b": true, "z": null} ]}, "a/b": "q"}`
	var got []Value
	if err := Scalars([]byte(src), func(v Value) { got = append(got, v) }); err != nil {
		t.Fatal(err)
	}
	want := []struct{ ptr, key, text, raw string }{
		{"/app/id", "id", "my.app", `"my.app"`},
		{"/app/scopes/0/name", "name", "a:b:read", `"a:b:read"`},
		{"/app/scopes/0/comment", "comment", `say "why"`, `"say \"why\""`},
		{"/app/scopes/1/name", "name", "x/y~z", `"x/y~z"`},
		{"/app/scopes/1/n", "n", "12.5e3", `12.5e3`},
		{"/app/scopes/1/b", "b", "true", `true`},
		{"/app/scopes/1/z", "z", "null", `null`},
		{"/a~1b", "a/b", "q", `"q"`},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d values, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Pointer != w.ptr || g.Key != w.key || g.Text != w.text || src[g.Start:g.End] != w.raw {
			t.Errorf("value %d = %q %q %q raw %q, want %q %q %q raw %q", i, g.Pointer, g.Key, g.Text, src[g.Start:g.End], w.ptr, w.key, w.text, w.raw)
		}
	}
}

func TestScalarsInvalid(t *testing.T) {
	for _, src := range []string{`{"a": "b", }`, `{"a": {{ .x }}}`, `{"a": [1, 2`, `"x`} {
		var n int
		err := Scalars([]byte(src), func(Value) { n++ })
		if err == nil || !strings.Contains(err.Error(), "offset") {
			t.Errorf("%s: error %v, want one with an offset", src, err)
		}
	}
}

func TestScalarsArrayRoot(t *testing.T) {
	var ptrs []string
	if err := Scalars([]byte(`[["a"], "b", {"c": ["d"]}]`), func(v Value) { ptrs = append(ptrs, v.Pointer) }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(ptrs, " ") != "/0/0 /1 /2/c/0" {
		t.Errorf("pointers %v", ptrs)
	}
}
