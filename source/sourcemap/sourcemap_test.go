package sourcemap

import (
	"errors"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/fragment"
)

// marker stands for a secret: built here so no literal sits in the file.
var marker = "MARK" + strings.Repeat("x", 8) + "END"

// physical returns the 1-based line and byte column of offset off in text.
func physical(text string, off int) (line, col int) {
	line = 1 + strings.Count(text[:off], "\n")
	return line, off - strings.LastIndex(text[:off], "\n")
}

const flatMap = `{
  "version": 3,
  "file": "main.js",
  "sourceRoot": "src",
  "sources": ["app/App.tsx", null, "webpack://app/./ui/x.ts"],
  "sourcesContent": [
    "import x from \"y\";\n\tconst a = \"\u00e9\ud83d\ude00\";\nconst k = \"MARKER\";\n",
    null,
    "line1\nMARKER"
  ],
  "names": [],
  "mappings": "AAAA"
}`

func TestExtractLocatesInMapAndSource(t *testing.T) {
	data := strings.ReplaceAll(flatMap, "MARKER", marker)
	frags, err := Extract("dist/ui/main.js.map", "", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(frags) != 2 {
		t.Fatalf("got %d fragments, want 2", len(frags))
	}
	f := frags[0]
	wantText := "import x from \"y\";\n\tconst a = \"\u00e9\U0001F600\";\nconst k = \"" + marker + "\";\n"
	if f.Text != wantText {
		t.Errorf("Text = %q, want %q", f.Text, wantText)
	}
	wantOrigin := fragment.Origin{Path: "dist/ui/main.js.map", Pointer: "/sourcesContent/0",
		Kind: fragment.SourceMap, OriginalPath: "src/app/App.tsx"}
	if f.Origin != wantOrigin {
		t.Errorf("Origin = %+v, want %+v", f.Origin, wantOrigin)
	}
	if g := frags[1].Origin; g.Pointer != "/sourcesContent/2" || g.OriginalPath != "webpack://app/./ui/x.ts" {
		t.Errorf("second fragment origin = %+v", g)
	}

	// The character at each decoded offset sits where the map file has it
	// (an escape's backslash for an escaped character).
	tests := []struct {
		name      string
		textOff   int
		rawOff    int
		innerLine int
		innerCol  int
	}{
		{"start", 0, strings.Index(data, `"import`) + 1, 1, 1},
		{"after \\\" escapes", strings.Index(f.Text, "y\""), strings.Index(data, `y\"`), 1, 16},
		{"\\u escape", strings.Index(f.Text, "\u00e9"), strings.Index(data, `\u00e9`), 2, 13},
		{"surrogate pair", strings.Index(f.Text, "\U0001F600"), strings.Index(data, `\ud83d`), 2, 15},
		{"after surrogate pair", strings.Index(f.Text, "\U0001F600") + 4, strings.Index(data, `\ude00`) + 6, 2, 19},
		{"marker", strings.Index(f.Text, marker), strings.Index(data, marker), 3, 12},
	}
	for _, tc := range tests {
		p := f.Locate(tc.textOff)
		line, col := physical(data, tc.rawOff)
		if p.Line != line || p.Column != col || p.InnerLine != tc.innerLine || p.InnerColumn != tc.innerCol {
			t.Errorf("%s: Locate(%d) = %+v, want line %d col %d inner %d:%d",
				tc.name, tc.textOff, p, line, col, tc.innerLine, tc.innerCol)
		}
	}

	second := frags[1]
	p := second.Locate(strings.Index(second.Text, marker))
	line, col := physical(data, strings.LastIndex(data, marker))
	if p.Line != line || p.Column != col || p.InnerLine != 2 || p.InnerColumn != 1 {
		t.Errorf("second fragment marker at %+v, want %d:%d inner 2:1", p, line, col)
	}
}

func TestExtractFlawedMaps(t *testing.T) {
	t.Run("more contents than sources", func(t *testing.T) {
		data := `{"version":3,"sources":["a.ts"],"sourcesContent":["a", "b"],"mappings":""}`
		frags, err := Extract("m.map", "out/artifact.zip", []byte(data))
		if !errors.Is(err, ErrSourcesMismatch) {
			t.Errorf("err = %v, want ErrSourcesMismatch", err)
		}
		if len(frags) != 2 || frags[0].Origin.OriginalPath != "a.ts" || frags[1].Origin.OriginalPath != "" ||
			frags[1].Text != "b" || frags[0].Origin.Member != "out/artifact.zip" {
			t.Errorf("fragments = %+v", frags)
		}
	})
	t.Run("entries that are not strings", func(t *testing.T) {
		data := `{"version":3,"sources":["a.ts","b.ts","c.ts"],"sourcesContent":[7, null, "c"],"mappings":""}`
		frags, err := Extract("m.map", "", []byte(data))
		if err == nil || err.Error() != "/sourcesContent/0 is a number, not a string" {
			t.Errorf("err = %v", err)
		}
		if len(frags) != 1 || frags[0].Origin.OriginalPath != "c.ts" {
			t.Errorf("fragments = %+v", frags)
		}
	})
	t.Run("version 2", func(t *testing.T) {
		_, err := Extract("m.map", "", []byte(`{"version":2,"sources":[],"sourcesContent":[]}`))
		if err == nil || !strings.Contains(err.Error(), "version 2, want 3") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("no sourcesContent", func(t *testing.T) {
		frags, err := Extract("m.map", "", []byte(`{"version":3,"sources":["a.ts"],"mappings":"AAAA"}`))
		if err != nil || len(frags) != 0 {
			t.Errorf("frags = %v, err = %v", frags, err)
		}
	})
}

func TestExtractInvalidJSON(t *testing.T) {
	tests := []struct{ data, msg string }{
		{"", "line 1, column 1 (byte 0): unexpected end of input"},
		{`{"version":3,`, "expected a string key, found end of input"},
		{`[1,2]`, "top-level JSON is a array, not an object"},
		{"{\n  \"a\": \"\\x\"}", `line 2, column 9 (byte 10): invalid escape "\\x"`},
		{`{"a": "unterminated}`, "unterminated string"},
		{`{"a": 1} extra`, "after the top-level value"},
		{`{"a": 01e}`, "invalid number"},
		{strings.Repeat("[", 2000), "nested deeper than 1000"},
	}
	for _, tc := range tests {
		frags, err := Extract("bad.map", "", []byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.msg) || frags != nil {
			t.Errorf("Extract(%.20q) = %d fragments, %v; want error with %q", tc.data, len(frags), err, tc.msg)
		}
	}
}

func TestExtractIndexMap(t *testing.T) {
	data := `{"version":3,"sections":[
	  {"offset":{"line":0,"column":0},"map":{"version":3,"sources":["a.ts"],"sourcesContent":["A"],"mappings":"AAAA"}},
	  {"offset":{"line":5,"column":0},"map":{"version":3,"sourceRoot":"lib/","sources":["b.ts"],"sourcesContent":["B"],"mappings":"AAAA"}},
	  {"offset":{"line":9,"column":0},"url":"other.js.map"}
	]}`
	frags, err := Extract("index.map", "", []byte(data))
	if err == nil || !strings.Contains(err.Error(), `/sections/2: section refers to its map by url "other.js.map"`) {
		t.Errorf("err = %v", err)
	}
	if len(frags) != 2 {
		t.Fatalf("got %d fragments", len(frags))
	}
	if o := frags[1].Origin; o.Pointer != "/sections/1/map/sourcesContent/0" || o.OriginalPath != "lib/b.ts" {
		t.Errorf("origin = %+v", o)
	}
}

func TestExtractPrefixes(t *testing.T) {
	body := `{"version":3,"sources":["a.ts"],"sourcesContent":["` + marker + `"],"mappings":""}`
	for _, prefix := range []string{"\xef\xbb\xbf", ")]}'\n", "\xef\xbb\xbf)]}'garbage\n  "} {
		data := prefix + body
		frags, err := Extract("m.map", "", []byte(data))
		if err != nil || len(frags) != 1 {
			t.Fatalf("prefix %q: %v, %d fragments", prefix, err, len(frags))
		}
		line, col := physical(data, strings.Index(data, marker))
		if p := frags[0].Locate(0); p.Line != line || p.Column != col {
			t.Errorf("prefix %q: Locate(0) = %+v, want %d:%d", prefix, p, line, col)
		}
	}
}

func TestIsSourceMap(t *testing.T) {
	tests := []struct {
		path, data string
		want       bool
	}{
		{"dist/ui/main.js.map", `{"version":3}`, true},
		{"dist/ui/MAIN.JS.MAP", "\n {}", true},
		{"linker.map", "Memory map of the program", false},
		{"bundle.json", `{"version": 3, "sources": [], "mappings": "AAAA"}`, true},
		{"bundle.json", ")]}'\n{\"version\":3,\"mappings\":\"\"}", true},
		{"package.json", `{"version": "3.0.0", "mappings": 1}`, false},
		{"x.json", `{"version": 30, "mappings": ""}`, false},
		{"x.json", `{"version": 3}`, false},
		{"x.json", `["version", 3, "mappings"]`, false},
		{"x.map", ``, false},
	}
	for _, tc := range tests {
		if got := IsSourceMap(tc.path, []byte(tc.data)); got != tc.want {
			t.Errorf("IsSourceMap(%q, %q) = %v, want %v", tc.path, tc.data, got, tc.want)
		}
	}
}

func TestSourceMappingURL(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"console.log(1);\n//# sourceMappingURL=main.js.map\n", "main.js.map", true},
		{"a();\n//@ sourceMappingURL=old.map", "old.map", true},
		{".a{}\n/*# sourceMappingURL=style.css.map */", "style.css.map", true},
		{"/*# sourceMappingURL=x.map*/", "x.map", true},
		{"//# sourceMappingURL=first.map\n//# sourceMappingURL=last.map\n", "last.map", true},
		{"//# sourceMappingURL=real.map\nvar s = 'sourceMappingURL=fake.map';", "real.map", true},
		{"no comment here", "", false},
		{"//# sourceMappingURL=\n", "", false},
	}
	for _, tc := range tests {
		got, ok := SourceMappingURL([]byte(tc.in))
		if got != tc.want || ok != tc.ok {
			t.Errorf("SourceMappingURL(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
