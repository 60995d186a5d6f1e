package sourcemap

import (
	"errors"
	"strings"
	"testing"
)

func TestVLQ(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"A", 0}, {"C", 1}, {"D", -1}, {"gB", 16}, {"2H", 123}, {"3H", -123},
		{"+/////D", 2147483647}, {"//////D", -2147483647},
	}
	for _, tc := range tests {
		got, next, err := vlq(tc.in, 0)
		if err != nil || got != tc.want || next != len(tc.in) {
			t.Errorf("vlq(%q) = %d, %d, %v; want %d", tc.in, got, next, err, tc.want)
		}
	}
	for _, bad := range []string{"", "g", "!", "gggggggB"} {
		if _, _, err := vlq(bad, 0); err == nil {
			t.Errorf("vlq(%q) gave no error", bad)
		}
	}
}

// encodeVLQ is the inverse of vlq, to write test mappings.
func encodeVLQ(v int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	u := v << 1
	if v < 0 {
		u = -v<<1 | 1
	}
	var b strings.Builder
	for {
		d := u & 31
		u >>= 5
		if u > 0 {
			d |= 32
		}
		b.WriteByte(alphabet[d])
		if u == 0 {
			return b.String()
		}
	}
}

// encodeMappings writes mappings for lines of absolute segments
// (genCol) or (genCol, src, line, col), all 0-based.
func encodeMappings(lines [][][]int) string {
	var out []string
	var src, line, col int
	for _, segs := range lines {
		var parts []string
		genCol := 0
		for _, s := range segs {
			p := encodeVLQ(s[0] - genCol)
			genCol = s[0]
			if len(s) == 4 {
				p += encodeVLQ(s[1]-src) + encodeVLQ(s[2]-line) + encodeVLQ(s[3]-col)
				src, line, col = s[1], s[2], s[3]
			}
			parts = append(parts, p)
		}
		out = append(out, strings.Join(parts, ","))
	}
	return strings.Join(out, ";")
}

type lookup struct {
	genLine, genCol int
	src             string
	line, col       int
	ok              bool
}

func checkLookups(t *testing.T, m *Map, tests []lookup) {
	t.Helper()
	for _, tc := range tests {
		src, line, col, ok := m.Original(tc.genLine, tc.genCol)
		if src != tc.src || line != tc.line || col != tc.col || ok != tc.ok {
			t.Errorf("Original(%d, %d) = %q %d:%d %v; want %q %d:%d %v",
				tc.genLine, tc.genCol, src, line, col, ok, tc.src, tc.line, tc.col, tc.ok)
		}
	}
}

func TestOriginal(t *testing.T) {
	mappings := encodeMappings([][][]int{
		{{0, 0, 0, 0}, {10, 1, 11, 4}},
		{},
		{{8, 0, 2, 0}, {5}}, // out of order on purpose, and an unmapped segment
	})
	data := `{"version":3,"file":"main.js","sourceRoot":"webpack://app/","sources":["ui/app/App.tsx","ui/api.ts"],` +
		`"names":[],"mappings":"` + mappings + `"}`
	m, err := Parse([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if m.File != "main.js" || len(m.Sources) != 2 || m.Sources[0] != "webpack://app/ui/app/App.tsx" {
		t.Errorf("File %q, Sources %q", m.File, m.Sources)
	}
	app, api := m.Sources[0], m.Sources[1]
	checkLookups(t, m, []lookup{
		{1, 1, app, 1, 1, true},
		{1, 10, app, 1, 1, true},
		{1, 11, api, 12, 5, true},
		{1, 500, api, 12, 5, true}, // the last segment runs to the end of the line
		{2, 1, "", 0, 0, false},
		{3, 1, "", 0, 0, false}, // before the first segment
		{3, 6, "", 0, 0, false}, // unmapped segment
		{3, 9, app, 3, 1, true},
		{4, 1, "", 0, 0, false},
		{0, 1, "", 0, 0, false},
		{1, 0, "", 0, 0, false},
	})
}

func TestOriginalIndexMap(t *testing.T) {
	first := encodeMappings([][][]int{{{0, 0, 0, 0}}})
	second := encodeMappings([][][]int{{{0, 0, 40, 2}}, {{3, 0, 41, 0}}})
	data := `{"version":3,"sections":[
	  {"offset":{"line":2,"column":10},"map":{"version":3,"sources":["b.ts"],"mappings":"` + second + `"}},
	  {"offset":{"line":0,"column":0},"map":{"version":3,"sources":["a.ts"],"mappings":"` + first + `"}}
	]}`
	m, err := Parse([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, m, []lookup{
		{1, 7, "a.ts", 1, 1, true},
		{3, 10, "", 0, 0, false}, // line 3 of a.ts's section: nothing there
		{3, 11, "b.ts", 41, 3, true},
		{3, 30, "b.ts", 41, 3, true},
		{4, 4, "b.ts", 42, 1, true}, // second line of a section: columns not shifted
	})
}

func TestParseFlawedMappings(t *testing.T) {
	good := encodeMappings([][][]int{{{0, 0, 0, 0}}})
	tests := []struct {
		name     string
		mappings string
		isBad    bool
		errText  string
	}{
		{"invalid character", good + ",AA!A", true, `invalid character "!"`},
		{"too many fields", good + ",AAAAAA", true, "more than 5 fields"},
		{"two fields", good + ",AA", true, "segment with 2 fields"},
		{"source out of range", good + ",ACAA", false, "1 segments point outside the sources"},
		{"negative line", good + ",AADA", false, "1 segments point outside the sources"},
	}
	for _, tc := range tests {
		data := `{"version":3,"sources":["a.ts"],"mappings":"` + tc.mappings + `"}`
		m, err := Parse([]byte(data))
		if err == nil || errors.Is(err, ErrBadMappings) != tc.isBad || !strings.Contains(err.Error(), tc.errText) {
			t.Errorf("%s: err = %v", tc.name, err)
			continue
		}
		// What decoded before the fault still maps.
		if src, line, _, ok := m.Original(1, 1); !ok || src != "a.ts" || line != 1 {
			t.Errorf("%s: Original(1,1) = %q %d %v", tc.name, src, line, ok)
		}
	}

	for _, data := range []string{`{"version":2,"mappings":""}`, `not json`, `[]`} {
		if m, err := Parse([]byte(data)); err == nil || m != nil {
			t.Errorf("Parse(%q) = %v, %v; want an error and no map", data, m, err)
		}
	}
	m, err := Parse([]byte(`{"version":3,"sources":[]}`))
	if !errors.Is(err, ErrBadMappings) || m == nil {
		t.Errorf("no mappings: %v, %v", m, err)
	}
	if _, _, _, ok := m.Original(1, 1); ok {
		t.Error("a map without mappings mapped something")
	}
}
